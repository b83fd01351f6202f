package cn.daxiang.justice.legalaid.service;

import cn.daxiang.justice.legalaid.domain.Application;
import cn.daxiang.justice.legalaid.domain.CaseCategory;
import cn.daxiang.justice.legalaid.domain.HardshipExemption;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The provision a 给予法律援助决定书 cites for the application it grants (法律援助法). */
class LegalAidInstrumentsTest {

    static Application application(CaseCategory category, HardshipExemption exemption) {
        Application a = new Application();
        a.category = category;
        a.hardshipExemption = exemption;
        return a;
    }

    @Test
    void aCriminalSuspectExemptFromTheHardshipCheckIsGrantedUnderArticles24And42NotTheCivilArticle31() {
        assertEquals("《中华人民共和国法律援助法》第二十四条、第四十二条",
                LegalAidInstruments.legalGround(application(CaseCategory.CRIMINAL, HardshipExemption.ASSISTANCE_RECIPIENT)));
    }

    @Test
    void aCivilMatterCitesArticle31WithTheHardshipCheckOfArticle41OrItsWaiverOfArticle42() {
        assertEquals("《中华人民共和国法律援助法》第三十一条、第四十一条",
                LegalAidInstruments.legalGround(application(CaseCategory.CIVIL, null)));
        assertEquals("《中华人民共和国法律援助法》第三十一条、第四十二条",
                LegalAidInstruments.legalGround(application(CaseCategory.CIVIL, HardshipExemption.MIGRANT_WORKER_CLAIM)));
        assertEquals("《中华人民共和国法律援助法》第三十二条",
                LegalAidInstruments.legalGround(application(CaseCategory.CIVIL, HardshipExemption.HEROIC_MARTYR_RELATIVE)));
    }
}
