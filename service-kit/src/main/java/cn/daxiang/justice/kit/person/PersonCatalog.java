package cn.daxiang.justice.kit.person;

import java.util.List;

/** Which of a line's record types hold persons, and how to read them (a bean per line, like its ApprovalCatalog). */
public interface PersonCatalog {

    List<PersonSource<?>> sources();
}
