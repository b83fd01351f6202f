package cn.daxiang.justice.corrections.service;

import cn.daxiang.justice.corrections.domain.ResettlementPerson;
import cn.daxiang.justice.corrections.domain.Subject;
import cn.daxiang.justice.kit.person.PersonCatalog;
import cn.daxiang.justice.kit.person.PersonSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The persons corrections holds, for the kit's blind index (search by name and ID number, the person view). */
@ApplicationScoped
public class CorrectionsPersons implements PersonCatalog {

    public static final String SUBJECTS = "subjects";
    public static final String RESETTLEMENT_PERSONS = "resettlement-persons";

    @Override
    public List<PersonSource<?>> sources() {
        return List.of(
                PersonSource.of(SUBJECTS, Subject.class).person("SUBJECT", s -> s.name, s -> s.idNumber),
                PersonSource.of(RESETTLEMENT_PERSONS, ResettlementPerson.class).person("RESETTLEMENT_PERSON", p -> p.name, p -> p.idNumber));
    }
}
