package cn.daxiang.justice.kit.clock;

import java.util.List;

/** A line's statutory periods: one bean per service lists them. */
public interface DeadlineCatalog {

    List<DeadlineRule<?>> rules();
}
