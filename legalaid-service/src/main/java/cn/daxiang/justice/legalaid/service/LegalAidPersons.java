package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.kit.person.PersonCatalog;
import cn.daxiang.justice.kit.person.PersonSource;
import cn.daxiang.justice.legalaid.domain.Application;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The persons legal aid holds, for the kit's blind index: each application's applicant. A case has no person of its own
 * (its person is its application's applicant: the case list searches through the application).
 */
@ApplicationScoped
public class LegalAidPersons implements PersonCatalog {

    public static final String APPLICATIONS = "applications";

    @Override
    public List<PersonSource<?>> sources() {
        return List.of(PersonSource.of(APPLICATIONS, Application.class).person("APPLICANT", a -> a.applicantName, a -> a.applicantIdNumber));
    }
}
