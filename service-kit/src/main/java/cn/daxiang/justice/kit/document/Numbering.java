package cn.daxiang.justice.kit.document;

import cn.daxiang.justice.kit.config.KitConfig;
import cn.daxiang.justice.kit.orgunit.OrgUnit;
import cn.daxiang.justice.kit.orgunit.OrgUnitDirectory;
import cn.daxiang.justice.kit.orgunit.OrgUnitLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Instrument numbers: per year, per office (org unit) and per kind, from 1, without gaps. The counter row is taken in
 * the caller's transaction: concurrent issues of the same sequence wait on its row lock, and a rollback gives the
 * number back.
 */
@ApplicationScoped
public class Numbering {

    @Inject
    EntityManager em;

    @Inject
    OrgUnitDirectory orgUnits;

    @Inject
    KitConfig.Instruments config;

    /** The next number of the sequence; must run in the transaction that records the instrument. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String orgUnit, String kind, int year) {
        Object last = em.createNativeQuery("INSERT INTO instrument_counter (org_unit, kind, year, last) VALUES (:orgUnit, :kind, :year, 1)"
                        + " ON CONFLICT (org_unit, kind, year) DO UPDATE SET last = instrument_counter.last + 1 RETURNING last")
                .setParameter("orgUnit", orgUnit).setParameter("kind", kind).setParameter("year", year)
                .getSingleResult();
        return ((Number) last).intValue();
    }

    /** 〔2021〕大司援决字第3号 */
    public String documentNumber(String orgUnit, String word, int year, int number) {
        return "〔" + year + "〕" + abbreviation(orgUnit) + word + "字第" + number + "号";
    }

    /**
     * The office's abbreviation: the configured one ({@code platform.instruments.abbreviations}); else a district's first
     * character and 司 (大祥区 → 大司), and below it the district's abbreviation and the unit's first two characters
     * (中心路街道 → 大司中心).
     */
    public String abbreviation(String orgUnit) {
        String configured = config.abbreviations().get(orgUnit);
        if (configured != null) {
            return configured;
        }
        OrgUnit unit = orgUnits.find(orgUnit).orElse(null);
        if (unit == null) {
            return "";
        }
        if (unit.level() == OrgUnitLevel.DISTRICT || unit.parent() == null || orgUnits.find(unit.parent()).isEmpty()) {
            return unit.name().substring(0, 1) + "司";
        }
        return abbreviation(unit.parent()) + unit.name().substring(0, Math.min(2, unit.name().length()));
    }

    /** The office as the instrument names it: 大祥区司法局, 中心路街道司法所. */
    public String officeName(String orgUnit) {
        return orgUnits.find(orgUnit)
                .map(u -> u.name() + (u.level() == OrgUnitLevel.DISTRICT ? "司法局" : u.level() == OrgUnitLevel.TOWNSHIP ? "司法所" : ""))
                .orElse(orgUnit);
    }
}
