// SPDX-License-Identifier: GPL-3.0-or-later
#include "Lexicon.h"

#include <QHash>

namespace assay::scan {

namespace {

// Space-separated entries; a trailing `*` makes an entry a prefix, otherwise it matches the
// word exactly.
struct Table
{
    QHash<QString, QStringList> exact;
    QHash<QString, QStringList> prefix;
    int longestPrefix = 0;
};

const Table& table()
{
    static const Table t = [] {
        const std::pair<const char*, const char*> lists[] = {
            {"#financial",
                "budget* cost cost* overrun* overspen* price* pricing fee fees charge charges surcharge* penalt* "
                "interest cash fund funds funding invoice* payment* pay paid payable receivable* revenue* margin* "
                "expens* loan* debt* currenc* exchange inflation tax taxes deposit* rent rents rental wage* salar* "
                "saving* profit* loss losses insur* credit* capital financ* afford* bankrupt* insolven* liquidity "
                "money dollar* euro* pound* spend* spent refinanc* repay* instalment* installment* rebate* "
                "valuation* write-off* write-down* arrears overdue economic* costly expensive "
                "covenant* overdraft* hedg* excess deductible* premium* refund* non-refundable reimburs* deduct* impair* "
                "collateral* dividend* vat bill bills write-offs unfunded unbudgeted"},
            {"#schedule",
                "delay* late lateness later slip* slipp* behind postpon* deadline* milestone* schedul* timeline* "
                "timetable* deferr* defer reschedul* wait* backlog* extension* extend* programme date dates "
                "completion complet* launch* go-live handover* sprint* weeks months days week month quarter "
                "overrun* critical-path lead-time hold-up* held bottleneck* "
                "float buffer* timescale* duration* stall* stalled overran blockade*"},
            {"#technical",
                "system* software hardware server* database* code codebase bug* defect* crash* outage* downtime "
                "failure* integration* interface* api apis platform* network* performance latency scalab* "
                "vulnerab* patch* upgrade* legacy architect* firmware sensor* device* data migration* backup* "
                "encrypt* cyber* hack* malware ransomware security technical* technolog* compatib* prototype* "
                "infrastructure* cloud application* app apps browser* bandwidth memory disk* storage "
                "algorithm* tested testing test tests bug-fix* release* deploy* configur* it "
                "corros* crack* leak* fault* faulty malfunction* glitch* firewall* password* vpn login* authenticat* "
                "sso mfa sdk librar* pipeline* corrupt* sync* throughput pump* valve* turbine* boiler* engine* wiring "
                "circuit* voltage ups cooling hvac scada iot laptop* endpoint* phishing unpatched unsupported "
                "end-of-life obsolete* drift* calibrat* vibrat* overheat* weld* concrete structural"},
            {"#legal",
                "clause* liabil* liable indemn* terminat* breach* lawsuit* litigat* sue sued "
                "suing court* claim* dispute* arbitrat* jurisdiction* warrant* intellectual property copyright* "
                "patent* trademark* non-compete exclusiv* confidential* assign* waive* legal* lawyer* attorney* "
                "injunction* damages guarantee* guarantor* renew* enforceab* unenforceab* "
                "sublet* lien* tort* negligen* infring*"},
            {"#compliance",
                "complian* comply complied regulat* gdpr hipaa sox pci iso audit* permit* certif* accredit* "
                "standard* polic* law laws statutory mandatory requirement* violat* non-complian* inspect* "
                "fined fines sanction* aml kyc anti-money bribery corruption whistleblow* privacy consent* "
                "retention safety environmental emission* licence* licensing approval* authoris* authoriz* "
                "filing* disclosure* segregation control controls record-keeping hazardous protective "
                "accessibility ce fda ethics "
                "regulator* legislat* rule rules directive* ombudsman watchdog* enforcement prosecut* unlicensed "
                "uncertified fraud* hygiene allergen* asbestos legionella safeguard* vetting right-to-work customs "
                "dual-use governance irregular* misconduct"},
            {"#operational",
                "staff* employee* personnel team* workforce worker* hire* hiring recruit* turnover resign* "
                "attrition absence* absent sick overtime understaff* shortage* supplier* supply logistic* "
                "shipment* warehouse* inventory stock* capacity process* procedure* manual* workaround* "
                "maintenance equipment machine* machinery breakdown* shift* operator* training trained skill* "
                "experience* continuity depend* dependen* relian* rely relies knowledge courier* helpdesk "
                "call-centre complaint* crew* vacanc* burnout morale "
                "subcontractor* vendor* agency locum* volunteer* rota* roster* induction* onboarding succession "
                "headcount retire* stretched short-staffed steward* driver* fleet transport* fulfil* dispatch* "
                "resourc* spare* queue*"},
            {"#other",
                "reputation* brand* press media public community protest* opposition political* politic* "
                "government* election* tariff* war conflict* weather storm* flood* drought* hurricane* wildfire* "
                "earthquake* pandemic* epidemic* outbreak* disease* market* demand competitor* competition "
                "recession* downturn* stakeholder* sponsor* climate strike* boycott* scandal* social "
                "geopolitic* unrest instability "
                "newspaper* journalist* viral petition* campaign* objector* resident* neighbour* neighbor* minister* "
                "rain* snow* gale* heatwave* frost* tide* river* erosion subsiden* landslide* wildlife infection* virus* "
                "rival* investor* sentiment crime theft* vandal* terror* riot* disorder clash*"},
            {"#risk",
                "risk* may might could would likely possib* potential* threat* concern* issue* problem* fail* "
                "unable cannot insufficient* lack lacks lacking missing shortfall* exceed* exposure exposed "
                "uncertain* unclear delay* breach* pending unresolved gap gaps weakness* deficien* worsen* "
                "declin* rising rise rises drop* fall* falling jeopard* danger* hazard* unless vulnerab* "
                "inadequate* unrealistic struggl* difficult* warn* threaten* too excessive* overdue "
                "only single sole yet still again twice repeated* intermittent* expir* lapse* lapsed outdated "
                "out-of-date short below above suspend* halt* withdraw* cancel* refus* reject* object* damag* harm* "
                "injur* accident* incident* error* mistake* wrong incorrect* inaccura* incomplete* poor* low lower "
                "unknown unverified untested unapproved unsigned fragile volatil* squeez* erod* strain* pressure* "
                "tight*"},
            {"#safe",
                "completed approved confirmed success* successful* achieved met passed agreed signed accepted "
                "on-track stable adequate sufficient fully satisfactory resolved closed settled healthy "
                "green pleased positive delivered "
                "renewed restored repaired fixed cleared granted received welcomed good well smoothly ahead"},
        };
        Table t;
        for (const auto& [cls, words] : lists) {
            const QString c = QString::fromLatin1(cls);
            for (const auto& entry : QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (entry.endsWith(QLatin1Char('*'))) {
                    const QString p = entry.chopped(1);
                    t.prefix[p] << c;
                    t.longestPrefix = std::max(t.longestPrefix, int(p.size()));
                } else {
                    t.exact[entry] << c;
                }
            }
        }
        return t;
    }();
    return t;
}

} // namespace

QStringList Lexicon::classesOf(const QString& word)
{
    const Table& t = table();
    QStringList out = t.exact.value(word);
    const int maxLen = std::min(int(word.size()), t.longestPrefix);
    for (int k = 2; k <= maxLen; ++k) {
        auto it = t.prefix.constFind(word.left(k));
        if (it != t.prefix.constEnd())
            for (const auto& c : *it)
                if (!out.contains(c))
                    out << c;
    }
    return out;
}

} // namespace assay::scan
