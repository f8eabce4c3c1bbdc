#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/scan/generated.tsv: labelled risk sentences made from hand-written concepts.

Each concept below is one kind of risk (or of safe statement) written in several phrasings, with
slots filled from small vocabularies, wrapped in varied openings (status reports, contracts, audit
findings) and, for many concepts, a negated twin labelled "no risk" so the model learns negation.
The hand-written sentences live in resources/scan/handwritten.tsv. Run from the repository root:
    python3 tools/scan-trainer/generate_corpus.py
The output is deterministic (fixed seed) and committed; the trainer reads every *.tsv there.
"""
import random
import re
import sys
from pathlib import Path

R = random.Random(20261123)

SLOTS = {
    "party": ["the Contractor", "the Supplier", "the Vendor", "the Tenant", "the Borrower", "the Licensee",
              "the Service Provider", "the Consultant", "the Customer", "the subcontractor", "our hosting provider",
              "the integration partner", "the Distributor", "the Client", "the Developer", "the Seller"],
    "amount": ["$25,000", "EUR 1.2 million", "£40,000", "USD 350,000", "$1.8M", "€75,000", "£2.3 million",
               "$600,000", "CHF 90,000", "$12,500", "€410k", "AUD 2 million"],
    "pct": ["5%", "8%", "12%", "15%", "20%", "3.5%", "25%", "10 percent", "30%", "2%", "18%"],
    "period": ["three weeks", "two months", "one quarter", "45 days", "six weeks", "ten business days",
               "four months", "a full sprint", "90 days", "several weeks", "one month"],
    "milestone": ["the go-live date", "the Phase 2 milestone", "user acceptance testing", "the data migration",
                  "the design freeze", "the regulatory submission", "the Q3 release", "final handover",
                  "commissioning", "the pilot launch", "the cut-over weekend", "the beta release",
                  "practical completion", "the integration milestone", "the first shipment"],
    "system": ["the legacy ERP system", "the payment gateway", "the mainframe", "the customer portal",
               "the reporting database", "the mobile app", "the API gateway", "the billing platform",
               "the on-premise servers", "the authentication service", "the data warehouse", "the CRM",
               "the SCADA controllers", "the booking engine", "the inventory system"],
    "reg": ["GDPR", "HIPAA", "SOX", "PCI DSS", "ISO 27001", "the anti-money-laundering rules", "local building codes",
            "the export control regulations", "the data retention policy", "FDA requirements", "CCPA",
            "the health and safety regulations", "the accessibility standards", "the EU AI Act", "SOC 2"],
    "month": ["March", "June", "September", "November", "January", "the end of the year", "next spring", "Q4"],
    "date": ["15 March", "30 June", "1 October", "the end of Q2", "31 December", "mid-August", "12 May"],
    "n": ["3", "4", "5", "7", "12", "two", "three", "several"],
    "role": ["the lead architect", "the only DBA", "the project manager", "our senior developer", "the site manager",
             "the finance controller", "the product owner", "the only certified welder", "the QA lead"],
    "component": ["the transformers", "the server racks", "the steel beams", "the custom chips", "the HVAC units",
                  "the network switches", "the medical devices", "the turbines", "the batteries", "the printed manuals"],
    "where": ["at the Leeds site", "in the Berlin office", "in the EMEA region", "at the main warehouse",
              "in the data centre", "at the plant", "in the call centre", "on the north campus"],
}

# Openings by register. Empty strings keep plain sentences common.
OPEN_REPORT = ["", "", "", "", "As of this week, ", "According to the latest status report, ", "We note that ",
               "Please be aware that ", "The steering committee was informed that ", "Update: ", "Currently, ",
               "At the moment ", "In the last review it emerged that ", "The project manager reported that ",
               "It should be noted that ", "Unfortunately, ", "During the sprint review the team flagged that "]
OPEN_AUDIT = ["", "", "The auditors found that ", "Finding 3: ", "The internal audit observed that ",
              "Our review identified that ", "Testing showed that ", "It was noted during fieldwork that "]
OPEN_CONTRACT = ["", "", "", "Under clause 7.2, ", "Per Section 12, ", "Under the agreement, ",
                 "Pursuant to Schedule B, ", "Notwithstanding the foregoing, ", "Under the terms of the lease, "]
OPEN_RISK = ["There is a risk that ", "There is a real possibility that ", "We are concerned that ",
             "It is likely that ", "There is a chance that ", "The team warns that ", "We expect that ",
             "There is a significant risk that ", "It is possible that "]
CLOSE = ["", "", "", "", "", " unless corrective action is taken", " if nothing changes", " according to the vendor",
         " based on current estimates", " this quarter", " as things stand"]

NO_RISK_OPEN = ["", "", "", "We confirm that ", "The review confirmed that ", "Good news: ", "As of today, ",
                "The audit concluded that ", "For the record, "]

# (labels, register, risky phrasings, safe phrasings). Labels are comma-separated categories.
# `register` picks openings: r = report, a = audit, c = contract.
CONCEPTS = [
    # ---------------- Financial ----------------
    ("Financial", "c", ["{party} may increase prices by up to {pct} per year",
                        "prices may be revised upward at any time at the discretion of {party}",
                        "the unit price is subject to change with ninety days' notice"],
     ["prices are fixed for the full term of the agreement", "{party} may not increase prices during the term"]),
    ("Financial", "r", ["costs are expected to exceed the approved budget by {amount}",
                        "the project is forecast to overspend by {pct}",
                        "actual spend is already {pct} above plan",
                        "the budget overrun could reach {amount} by year end"],
     ["spending is in line with the approved budget", "the project is not expected to exceed its budget",
      "costs remain within budget with {pct} still unspent"]),
    ("Financial", "c", ["a late payment fee of {pct} per month applies to overdue invoices",
                        "overdue amounts accrue interest at {pct} above the base rate",
                        "a penalty of {amount} is payable for each missed instalment"],
     ["no late fee applies to invoices paid within sixty days", "there is no penalty for early repayment",
      "no interest is charged on overdue amounts"]),
    ("Financial", "c", ["the interest rate is variable and may rise with the central bank rate",
                        "monthly repayments will increase if the reference rate goes up",
                        "the loan carries a floating rate with no cap"],
     ["the interest rate is fixed for the entire term of the loan", "repayments will not change during the term"]),
    ("Financial", "r", ["currency fluctuations could erode our margin on the euro-denominated contract",
                        "a weaker pound would raise the cost of imported components",
                        "exchange rate movements may increase the cost of the offshore team"],
     ["all payments are made in our home currency, so there is no exchange rate exposure"]),
    ("Financial", "r", ["the project has no contingency reserve for unexpected expenses",
                        "the contingency budget has already been fully consumed",
                        "there is no financial buffer left to absorb further change requests"],
     ["a contingency of {pct} has been set aside and remains untouched"]),
    ("Financial", "r", ["{party} is experiencing cash flow difficulties and may be unable to pay",
                        "{party} has delayed payment of {amount} for the second time",
                        "invoices to {party} are now {period} overdue"],
     ["{party} has paid all invoices on time", "all outstanding invoices were settled last week"]),
    ("Financial", "r", ["the cost of raw materials has risen by {pct} since the estimate was prepared",
                        "steel prices increased sharply and will push up construction costs",
                        "energy costs for the plant have doubled compared with the business case"],
     ["material prices have been locked in through a fixed-price supply contract"]),
    ("Financial", "r", ["funding for the second phase has not yet been secured",
                        "the investor has not confirmed the next tranche of {amount}",
                        "the grant covering {pct} of the costs may be withdrawn"],
     ["funding for all phases has been approved and transferred"]),
    ("Financial", "c", ["rent will increase by {pct} each year under the escalation clause",
                        "the landlord may pass on all service charge increases to the tenant",
                        "the security deposit of {amount} may be forfeited if the premises are damaged"],
     ["the rent is fixed for the first three years", "the deposit will be returned in full at the end of the lease"]),
    ("Financial", "r", ["revenue from the new product line is {pct} below forecast",
                        "sales in the first quarter fell short of the target by {amount}",
                        "the business case assumed volumes that now look unachievable"],
     ["revenue is ahead of forecast", "sales met the quarterly target"]),
    ("Financial", "c", ["a balloon payment of {amount} falls due at the end of the term",
                        "an early termination fee equal to {pct} of the remaining contract value applies",
                        "the quoted price excludes taxes, shipping and installation"],
     ["the quoted price includes taxes, shipping and installation"]),
    ("Financial", "r", ["hidden charges for data egress could significantly increase operating costs",
                        "cloud consumption costs are growing faster than planned",
                        "licence fees will double when the user count passes the next tier"],
     ["cloud costs are stable and below forecast"]),

    # ---------------- Schedule ----------------
    ("Schedule", "r", ["{milestone} is likely to slip by {period}",
                       "{milestone} will probably be delayed by {period}",
                       "we will miss {milestone}",
                       "{milestone} has been pushed back to {month}"],
     ["{milestone} remains on track", "{milestone} was achieved on schedule", "{milestone} is not at risk"]),
    ("Schedule", "r", ["the delivery of {component} has been postponed until {month}",
                       "{component} will arrive {period} later than planned",
                       "shipping delays mean {component} may not arrive before {date}"],
     ["{component} were delivered on time", "{component} arrived ahead of schedule"]),
    ("Schedule", "r", ["the critical path has no remaining float",
                       "there is no buffer in the plan for rework",
                       "any further delay will push the whole programme past the deadline"],
     ["the plan includes {period} of float on the critical path"]),
    ("Schedule", "r", ["the deadline of {date} is unrealistic given the remaining scope",
                       "the team cannot complete the remaining work before {date}",
                       "the timeline is very tight and leaves no room for slippage"],
     ["the remaining work can comfortably be completed before {date}"]),
    ("Schedule", "r", ["approval from the steering committee is still pending, which blocks {milestone}",
                       "sign-off on the requirements is {period} late",
                       "decisions on the design are being deferred and holding up the build"],
     ["all approvals needed for {milestone} were obtained"]),
    ("Schedule", "r", ["{party} missed the agreed delivery date for the second time",
                       "{party} is running {period} behind on its deliverables",
                       "work packages from {party} keep arriving late"],
     ["{party} delivered every work package on the agreed date"]),
    ("Schedule", "r", ["the project is running {period} behind the baseline plan",
                       "progress is behind schedule and the launch may be postponed",
                       "several tasks on the plan have slipped"],
     ["the project is on schedule", "progress is ahead of the baseline plan", "we are not behind schedule"]),
    ("Schedule", "c", ["completion by {date} depends on the timely delivery of materials by {party}",
                       "handover may be delayed if the inspections are not booked in time"],
     ["the works were completed before the contractual completion date"]),

    # ---------------- Technical ----------------
    ("Technical", "r", ["{system} is no longer supported by the vendor",
                        "{system} runs on an operating system that has reached end of life",
                        "security patches are no longer available for {system}"],
     ["{system} is fully supported and up to date"]),
    ("Technical", "r", ["integration between {system} and the new platform has not been tested",
                        "the interface to {system} fails intermittently",
                        "the API of {system} is still changing and may break the client"],
     ["integration with {system} has been fully tested", "the interface to {system} is stable"]),
    ("Technical", "r", ["the database may not scale to the expected transaction volume",
                        "performance tests show response times above {n} seconds under peak load",
                        "{system} slows down significantly when more than {n} hundred users log in"],
     ["load tests show the system handles twice the expected peak volume"]),
    ("Technical", "r", ["there is no automated backup of {system}, so data could be lost",
                        "backups of {system} have not been restored successfully in tests",
                        "a disk failure on the single database server would cause data loss"],
     ["backups of {system} are tested monthly and restore correctly"]),
    ("Technical", "r", ["the architecture relies on a single server with no failover",
                        "{system} is a single point of failure",
                        "there is no redundancy for the network link to the plant"],
     ["the platform runs in two regions with automatic failover"]),
    ("Technical", "r", ["the code base has significant technical debt and few automated tests",
                        "test coverage of the core modules is below {pct}",
                        "the software has many known defects that have not been fixed"],
     ["all critical defects have been fixed and regression tests pass"]),
    ("Technical", "r", ["data migration scripts failed on {pct} of the records",
                        "data quality issues in {system} may corrupt the migrated records",
                        "duplicate customer records could cause errors after the migration"],
     ["the trial migration completed with no errors"]),
    ("Technical", "r", ["memory leaks cause the service to crash after several days",
                        "the firmware update could leave devices in the field unusable",
                        "the application crashes when processing large files"],
     ["the service has run for months without a crash"]),
    ("Technical", "r", ["the chosen framework is immature and poorly documented",
                        "the prototype has not been validated at production scale",
                        "compatibility with older browsers has not been verified"],
     ["the framework is mature and widely used"]),
    ("Technical", "r", ["a known vulnerability in the encryption library has not been patched",
                        "penetration testing found an SQL injection flaw in {system}",
                        "the web application does not validate user input"],
     ["the penetration test found no exploitable vulnerabilities"]),

    # ---------------- Legal ----------------
    ("Legal", "c", ["{party} accepts unlimited liability for indirect and consequential damages",
                    "the limitation of liability clause does not cap our exposure",
                    "we would be liable for all losses suffered by {party}, without any cap"],
     ["liability is capped at the fees paid in the preceding twelve months",
      "neither party is liable for indirect or consequential losses"]),
    ("Legal", "c", ["the indemnification clause is one-sided and favours {party}",
                    "we must indemnify {party} against all third-party claims",
                    "the customer must defend and hold harmless {party} from any claim"],
     ["each party indemnifies the other only for its own negligence"]),
    ("Legal", "c", ["the contract can be terminated by {party} without cause on {period}'s notice",
                    "{party} may terminate the agreement at any time for convenience",
                    "{party} may suspend the service without notice"],
     ["either party may terminate only for material breach after a cure period of {period}"]),
    ("Legal", "c", ["ownership of the intellectual property created under this agreement is unclear",
                    "{party} retains all rights in the deliverables, including the source code",
                    "the agreement does not assign the copyright in the work to us"],
     ["all intellectual property in the deliverables is assigned to the Customer"]),
    ("Legal", "r", ["{party} has threatened legal action over the disputed invoices",
                    "a former employee has filed a claim for unfair dismissal",
                    "litigation with {party} is pending and could go to trial",
                    "a competitor has filed a patent infringement claim against the product"],
     ["there are no pending legal claims", "the dispute with {party} was settled amicably"]),
    ("Legal", "c", ["the agreement is governed by the laws of a foreign jurisdiction with exclusive courts there",
                    "disputes must be resolved by arbitration in a distant venue at our cost"],
     ["the agreement is governed by the laws of England and Wales"]),
    ("Legal", "c", ["the non-compete clause may be unenforceable",
                    "the exclusivity clause prevents us from working with other suppliers",
                    "the employee is bound by a broad non-compete for two years after leaving"],
     ["the agreement contains no exclusivity obligations"]),
    ("Legal", "c", ["the software is provided as is, without any warranty",
                    "{party} disclaims all warranties, including fitness for purpose",
                    "the warranty is void if any third party services the equipment"],
     ["{party} warrants that the software will perform substantially as documented"]),
    ("Legal", "c", ["the contract renews automatically unless cancelled {period} before expiry",
                    "the lease renews for another five years unless notice is given in writing"],
     ["the contract ends automatically at the end of the term with no renewal"]),
    ("Legal", "c", ["the landlord may enter the premises without notice",
                    "{party} may assign the contract to a third party without our consent",
                    "the confidentiality obligations do not survive termination"],
     ["neither party may assign the agreement without the other's written consent"]),

    # ---------------- Compliance ----------------
    ("Compliance", "a", ["the processing of personal data does not comply with {reg}",
                         "customer data is handled in breach of {reg}",
                         "the system is not yet compliant with {reg}"],
     ["processing of personal data complies with {reg}", "the system is fully compliant with {reg}"]),
    ("Compliance", "a", ["the required data protection impact assessment has not been completed",
                         "no privacy notice is provided to users of the app",
                         "consent is not recorded before marketing emails are sent"],
     ["a data protection impact assessment was completed and approved"]),
    ("Compliance", "a", ["access reviews were not performed for {period}",
                         "segregation of duties is not enforced in the payment approval process",
                         "user accounts of former employees were still active",
                         "privileged access is not logged or reviewed"],
     ["access reviews were performed every quarter as required",
      "no exceptions were noted in the access review"]),
    ("Compliance", "a", ["the environmental permit for the plant expires next month and renewal has not been requested",
                         "the site is operating without a valid operating licence",
                         "the building permit conditions have not been met"],
     ["all permits for the site are valid and up to date"]),
    ("Compliance", "a", ["several employees have not completed the mandatory anti-bribery training",
                         "only {pct} of staff completed the annual compliance training",
                         "the code of conduct has not been acknowledged by new joiners"],
     ["all staff completed the mandatory compliance training"]),
    ("Compliance", "a", ["records are retained longer than {reg} allows",
                         "customer identity checks were skipped for high-risk accounts",
                         "suspicious transactions were not reported to the regulator"],
     ["identity checks were performed for all new accounts"]),
    ("Compliance", "a", ["the product has not yet obtained CE marking",
                         "the device has not been certified under the applicable safety standard",
                         "{party} is not certified under ISO 27001"],
     ["the product holds all required certifications"]),
    ("Compliance", "a", ["health and safety inspections are overdue {where}",
                         "fire exits {where} were blocked during the inspection",
                         "workers {where} were not wearing the required protective equipment"],
     ["the safety inspection {where} found no issues"]),
    ("Compliance", "a", ["cookies are set before the user gives consent",
                         "the website does not meet {reg}",
                         "the audit trail required by {reg} is incomplete"],
     ["the audit trail meets the requirements of {reg}"]),

    # ---------------- Operational ----------------
    ("Operational", "r", ["only {role} knows how to operate {system}",
                          "we depend on {role}, who is planning to retire next year",
                          "knowledge of the process is concentrated in one person"],
     ["knowledge of {system} is shared across the whole team"]),
    ("Operational", "r", ["the team is understaffed and overtime is increasing",
                          "we do not have enough qualified staff to run the second shift",
                          "two vacancies in the support team remain unfilled",
                          "staff turnover in the support team reached {pct} last year"],
     ["the team is fully staffed", "staffing levels are adequate for the next phase"]),
    ("Operational", "r", ["we depend on a single supplier for {component}",
                          "there is no alternative source for {component}",
                          "{party} is our only logistics provider and has had repeated delivery failures"],
     ["two qualified suppliers can provide {component}"]),
    ("Operational", "r", ["the warehouse does not have enough capacity for the peak season",
                          "the call centre cannot handle the expected increase in calls",
                          "production capacity {where} is insufficient to meet demand"],
     ["capacity {where} is sufficient for the peak season"]),
    ("Operational", "r", ["there is no documented procedure for handling customer complaints",
                          "order processing relies on manual spreadsheets",
                          "the handover between shifts is informal and often incomplete"],
     ["all key processes are documented and followed"]),
    ("Operational", "r", ["there is no business continuity plan for the head office",
                          "the disaster recovery plan has never been tested",
                          "the on-call rotation is not covered during the holidays"],
     ["the business continuity plan was tested successfully in {month}"]),
    ("Operational", "r", ["new hires have not been trained on the ordering process",
                          "the crew lacks experience with this type of installation",
                          "operators {where} are not familiar with the new equipment"],
     ["all operators have been trained on the new equipment"]),
    ("Operational", "r", ["maintenance of the production line has been postponed repeatedly",
                          "equipment breakdowns {where} are becoming more frequent",
                          "spare parts for the conveyor are not kept in stock"],
     ["preventive maintenance is carried out as scheduled"]),

    # ---------------- Other ----------------
    ("Other", "r", ["negative press coverage could damage the company's reputation",
                    "complaints on social media about the service are increasing",
                    "the incident could harm our brand if it becomes public"],
     ["customer satisfaction scores are at an all-time high"]),
    ("Other", "r", ["a change of government may lead to the cancellation of the programme",
                    "political instability in the region could disrupt the operation",
                    "new trade tariffs could make the product uncompetitive"],
     ["the programme has cross-party political support"]),
    ("Other", "r", ["severe weather could halt work at the construction site",
                    "the site is located in a flood zone",
                    "a hurricane during the installation window would stop the works",
                    "wildfires in the area may force an evacuation of the facility"],
     ["the site is outside any flood or wildfire zone"]),
    ("Other", "r", ["demand for the product may fall if a competitor launches a cheaper alternative",
                    "a new competitor is aggressively targeting our largest customers",
                    "market demand for the service is uncertain"],
     ["demand for the product remains strong"]),
    ("Other", "r", ["public opposition to the wind farm is growing in the local community",
                    "the main sponsor has lost interest in the initiative",
                    "key stakeholders disagree about the objectives of the project"],
     ["stakeholders are fully aligned on the objectives"]),
    ("Other", "r", ["a renewed pandemic could force the offices to close",
                    "an outbreak of disease among the workforce could halt production"],
     []),

    # ---------------- Multi-label ----------------
    ("Financial,Schedule", "c", ["liquidated damages of {amount} per week apply if {milestone} is late",
                                 "each day of delay beyond {date} costs {party} {amount} in penalties",
                                 "late completion will trigger delay damages of {pct} of the contract price"],
     ["no delay damages apply because {milestone} was met"]),
    ("Financial,Schedule", "r", ["the delay to {milestone} will add {amount} to the project cost",
                                 "extending the schedule by {period} will require additional funding",
                                 "every week of slippage costs us roughly {amount} in standing time"],
     []),
    ("Schedule,Technical", "r", ["testing started {period} late because the environment was not ready",
                                 "defects found in {system} are delaying {milestone}",
                                 "unresolved integration issues with {system} may push back {milestone}"],
     []),
    ("Schedule,Compliance", "r", ["the permit application is taking longer than expected and may delay {milestone}",
                                  "regulatory approval may not arrive before {date}",
                                  "the certification audit was postponed, which puts {milestone} at risk"],
     ["the regulatory approval was received on time"]),
    ("Legal,Financial", "c", ["the personal guarantee makes the directors personally liable for the debt",
                              "{party} has withheld payment of {amount} pending a dispute",
                              "we could be required to pay damages of up to {amount} for breach of contract"],
     []),
    ("Compliance,Financial", "a", ["the regulator may impose fines for late filing of the annual report",
                                   "a breach of {reg} could result in fines of up to {pct} of turnover",
                                   "failure to comply with {reg} may lead to significant penalties"],
     ["no fines or penalties were imposed by the regulator"]),
    ("Compliance,Technical", "a", ["the logging in {system} does not meet {reg}",
                                   "{system} stores card numbers unencrypted, contrary to PCI DSS",
                                   "patches on {system} are overdue under the security policy"],
     []),
    ("Operational,Schedule", "r", ["{role} is leaving next month, which may delay {milestone}",
                                   "the shortage of skilled workers is slowing down the installation",
                                   "holiday absences in the team will slow progress on {milestone}"],
     []),
    ("Operational,Technical", "r", ["frequent outages of {system} are disrupting order processing",
                                    "the manual workaround for the broken interface is error-prone",
                                    "only {role} can restore {system} after a failure"],
     []),
    ("Legal,Compliance", "a", ["the data processing agreement with {party} is missing, contrary to {reg}",
                               "the employment contracts do not meet the new working time rules",
                               "the open source licence terms of the bundled libraries have not been reviewed"],
     []),
    ("Financial,Operational", "r", ["{party} may go bankrupt, leaving us without a supplier",
                                    "rising wages make it hard to retain staff within the budget",
                                    "the supplier's financial difficulties threaten continuity of supply"],
     []),
    ("Other,Financial", "r", ["the reputational damage from the recall could cost us major customers",
                              "a downturn in the housing market would reduce sales significantly"],
     []),
    ("Other,Schedule", "r", ["the rainy season may delay the earthworks by {period}",
                             "a strike at the port could hold up delivery of {component}"],
     []),
    # ---------------- More concepts (second pass, new vocabulary) ----------------
    ("Financial", "r", ["the vendor's invoice includes {amount} of unapproved extras",
                        "the insurance renewal quote is {pct} higher than last year",
                        "write-offs of unrecoverable debts reached {amount}",
                        "the customer is threatening to withhold the final instalment of {amount}"],
     ["the final instalment was received in full"]),
    ("Financial", "c", ["any unused hours are forfeited at the end of each year without refund",
                        "the minimum order commitment of {amount} applies even if we order less",
                        "all bank charges and currency conversion costs are borne by the buyer"],
     ["unused hours roll over to the following year"]),
    ("Financial", "r", ["margins on the fixed-price contract have fallen to {pct}",
                        "the business case counted on headcount reductions that have not happened",
                        "the capital cost estimate was prepared before inflation rose sharply"],
     ["the savings in the business case were achieved"]),
    ("Schedule", "r", ["{component} are held at the border awaiting paperwork",
                       "{component} are stuck in transit and will not arrive before {date}",
                       "the factory acceptance test for {component} has been rescheduled twice"],
     ["{component} cleared customs without delay"]),
    ("Schedule", "r", ["the handover to operations has slipped to {month}",
                       "mobilisation of the site team is {period} late",
                       "the contractor has asked for an extension of {period}",
                       "the schedule assumes approvals that usually take much longer"],
     ["the contractor has not asked for any extension of time"]),
    ("Technical", "r", ["{system} cannot handle the expected number of concurrent users",
                        "the error rate of {system} rose to {pct} after the last release",
                        "{system} has no monitoring, so failures are noticed by customers first",
                        "the certificates used by {system} expire soon and renewal is not automated"],
     ["{system} is monitored around the clock"]),
    ("Technical", "r", ["the equipment has shown excessive vibration during testing",
                        "the backup power supply for the plant has not been load-tested",
                        "the control software has not been tested with the new sensors",
                        "the prototype overheats under continuous load"],
     ["the equipment passed all factory tests"]),
    ("Legal", "c", ["{party} may inspect our premises without notice",
                    "{party} can change the service levels without our agreement",
                    "the agreement requires us to indemnify {party} even for its own negligence",
                    "{party} may withhold the deliverables until every invoice is paid"],
     ["{party} may inspect our premises once a year with thirty days' notice"]),
    ("Legal", "r", ["{party} has issued a formal notice of breach",
                    "we have received a cease and desist letter about the product name",
                    "the former landlord is claiming dilapidations of {amount}",
                    "a class action over the product defect is being prepared"],
     ["the notice of breach was withdrawn"]),
    ("Compliance", "a", ["the company missed the deadline for its annual regulatory return",
                         "expense approvals bypass the delegated authority limits",
                         "the firm does not screen new customers against sanctions lists",
                         "training records cannot show that staff completed the required courses"],
     ["the regulatory return was filed before the deadline"]),
    ("Compliance", "a", ["the processing of health data {where} lacks a lawful basis",
                         "data subject access requests are answered late",
                         "the company has no record of its data processing activities"],
     ["data subject requests are answered within the legal time limit"]),
    ("Operational", "r", ["the night shift {where} runs with half the planned headcount",
                          "agency staff make up {pct} of the workforce {where}",
                          "the service desk backlog has grown to {n} hundred tickets",
                          "the team relies on manual workarounds that nobody has documented"],
     ["the service desk backlog is under control"]),
    ("Operational", "r", ["{party} has told us it can no longer supply {component} on time",
                          "the only maintenance contractor for {component} is based abroad",
                          "a fire at {party}'s plant has disrupted supply of {component}"],
     ["{party} has ample stock of {component}"]),
    ("Other", "r", ["an investigative journalist is asking questions about the project",
                    "opposition politicians have called for the contract to be cancelled",
                    "a heatwave could force outdoor work to stop",
                    "falling consumer confidence could reduce demand next year"],
     ["media coverage of the project has been positive"]),
    # ---------------- Third pass: multi-label and reassurance ----------------
    ("Financial,Legal", "c", ["{party} may charge interest and recover its legal costs on any late payment",
                              "if we breach the exclusivity clause, {party} can claim {amount} in liquidated damages",
                              "early termination by us triggers a fee of {pct} of the remaining contract value"],
     ["neither party may claim legal costs from the other"]),
    ("Technical,Schedule", "r", ["load tests on {system} failed, so {milestone} is on hold",
                                 "data conversion errors in {system} are pushing back {milestone}",
                                 "{system} is not ready, so {milestone} cannot start"],
     ["{system} was ready in time for {milestone}"]),
    ("Operational,Technical", "r", ["outages of {system} leave the warehouse unable to ship orders",
                                    "staff re-key data by hand because {system} and the ERP are not integrated",
                                    "only {role} knows how to restart {system} after an outage"],
     []),
    ("Compliance,Technical", "a", ["{system} deletes logs after a week, although {reg} requires a year",
                                   "personal data in {system} is not encrypted as {reg} requires",
                                   "access to {system} is not logged, contrary to {reg}"],
     ["{system} keeps a full audit trail as {reg} requires"]),
    ("Financial,Compliance", "a", ["late payment of VAT could lead to surcharges from the tax office",
                                   "the regulator may claw back the subsidy because the conditions were not met",
                                   "unpaid social security contributions could attract penalties"],
     ["all tax returns were filed on time"]),
    ("Schedule,Operational", "r", ["two vacancies in the commissioning team put {milestone} at risk",
                                   "the installation crew is needed on another site, which will hold up {milestone}",
                                   "{role} is on extended leave and {milestone} is waiting for them"],
     []),
    ("Legal,Operational", "c", ["the contract forbids us from using subcontractors, but we lack the staff to do the work ourselves",
                                "{party} can recall its staff at short notice under the secondment agreement"],
     []),
    ("Schedule", "r", ["the vendor has revised its release plan and the module now lands in {month}",
                       "the pilot units will ship {period} after the original date",
                       "the integrator needs {period} more to finish the interfaces"],
     ["the vendor delivered the fix within the week"]),
    ("", "r", ["the project is on track and within budget",
               "all risks in the register are closed or under control",
               "the team met every milestone this quarter",
               "the supplier has performed well and delivered on time",
               "no new issues were raised at the steering committee",
               "the system has been stable since the upgrade"],
     []),
    # ---------------- Fourth pass: formal contract, audit and plan language ----------------
    ("Financial", "c", ["the Customer shall reimburse all costs incurred by {party} in connection with any delay caused by the Customer",
                        "the Borrower shall pay a commitment fee of {pct} per annum on the undrawn amount",
                        "the Tenant shall bear the full cost of reinstatement at the end of the Term",
                        "all sums payable under this Agreement are exclusive of VAT and any withholding taxes"],
     ["no commitment fee is payable on the undrawn amount"]),
    ("Legal", "c", ["{party} shall have no liability whatsoever for loss of profits, revenue or goodwill",
                    "the Customer irrevocably waives any right of set-off against sums due to {party}",
                    "this Agreement may be assigned by {party} to any affiliate or successor without consent",
                    "{party} may terminate this Agreement with immediate effect if the Customer is late in paying any invoice"],
     ["each party remains liable for loss of profits caused by its own breach"]),
    ("Legal", "c", ["the restrictive covenants apply for twenty-four months after termination in every country where the Company operates",
                    "the Employee assigns to the Company all inventions, whether or not made during working hours",
                    "the Company may place the Employee on garden leave for the whole notice period without reason"],
     ["the restrictive covenants apply for six months and only to clients the Employee dealt with"]),
    ("Compliance", "a", ["the reconciliation of the suspense account was not reviewed by an independent person",
                         "changes to the vendor bank details were processed without a call-back check",
                         "management override of controls was not considered in the fraud risk assessment",
                         "user access to the payments system was not removed promptly for leavers"],
     ["leavers' access to the payments system was removed on their last day"]),
    ("Compliance", "a", ["the facility does not hold the waste carrier registration required for its operations",
                         "the required lifting equipment examinations have not been completed within the statutory interval",
                         "the legionella risk assessment for the building is out of date"],
     ["the legionella risk assessment was renewed this year"]),
    ("Schedule", "r", ["the baseline programme shows {milestone} in {month}, but the forecast now shows it {period} later",
                       "the earned value report shows a schedule performance index well below one",
                       "outstanding design information is holding up the procurement of {component}"],
     ["the schedule performance index is above one"]),
    ("Schedule", "c", ["the Contractor shall achieve completion by {date}, failing which the Employer may apply delay damages",
                       "the programme for the works leaves no allowance for inclement weather"],
     ["the programme includes an allowance for inclement weather"]),
    ("Technical", "r", ["the solution architecture has not been reviewed by the design authority",
                        "non-functional requirements such as availability and recovery time have not been defined",
                        "{system} relies on a component whose vendor has announced end of support",
                        "the interface specification for {system} is still in draft"],
     ["the design authority approved the solution architecture"]),
    ("Operational", "r", ["the business continuity plan does not cover the loss of {system}",
                          "succession plans do not exist for any of the senior management roles",
                          "the outsourced payroll provider has made errors in three of the last six payrolls",
                          "handling of customer returns {where} is backlogged by several weeks"],
     ["succession plans are in place for all senior roles"]),
    ("Other", "r", ["the withdrawal of the anchor tenant could undermine the viability of the shopping centre",
                    "negative sentiment on social media may deter investors ahead of the listing",
                    "rising interest in remote working could reduce demand for the new office space"],
     ["the anchor tenant has renewed for another ten years"]),
    ("Legal,Compliance", "a", ["the group has no process to check that its contracts comply with competition law",
                               "employees were dismissed without following the statutory consultation procedure"],
     []),
    ("Financial,Operational", "r", ["the main supplier has demanded payment upfront after its credit insurance was withdrawn",
                                    "overtime costs have risen because the vacancies {where} have not been filled"],
     []),
]

# Sentences with no risk in them: boilerplate and positive status, in several registers.
SAFE = [
    "This Agreement is made on {date} between the Landlord and the Tenant.",
    "This Agreement is dated {date} and is made between {party} and the Company.",
    "The Landlord and the Tenant agree as follows.",
    "This Agreement sets out the terms on which {party} will provide the services.",
    "In this Agreement, the following words have the meanings given below.",
    "The Schedules form part of this Agreement.",
    "This lease is made between the Landlord and the Tenant named above.",
    "The employment contract is made between the Company and the Employee.",
    "The agreement is signed by both parties on {date}.",
    "Each party has read and understood this Agreement.",
    "References to clauses are to clauses of this Agreement.",
    "The contract consists of these terms and the attached order form.",
    "This Agreement is entered into on {date} between {party} and the Customer.",
    "The Tenant shall pay the rent on the first day of each month.",
    "Notices under this agreement shall be sent to the addresses stated above.",
    "Headings are for convenience only and do not affect interpretation.",
    "This agreement may be executed in counterparts.",
    "The employee's normal place of work is the office {where}.",
    "The kick-off meeting took place on {date}.",
    "The team held its weekly stand-up on Tuesday.",
    "Minutes of the meeting were circulated to all attendees.",
    "The next steering committee is scheduled for {date}.",
    "The design phase was completed and signed off.",
    "All milestones to date have been achieved.",
    "{milestone} was completed successfully.",
    "The team demonstrated the new dashboard to the client.",
    "The scope of work is described in Appendix A.",
    "{party} will provide monthly progress reports.",
    "The project manager is responsible for maintaining the risk register.",
    "Payment terms are thirty days from the date of invoice.",
    "The loan amount is {amount}, repayable in monthly instalments.",
    "The employee is entitled to 25 days of paid annual leave.",
    "The probation period is three months.",
    "The office will be closed on public holidays.",
    "The contract value is {amount}, including VAT.",
    "The training session covered the new reporting templates.",
    "Both parties agree to meet quarterly to review performance.",
    "The definitions in clause 1 apply throughout this agreement.",
    "The landlord will carry out the annual gas safety check.",
    "The new release includes improvements to search and navigation.",
    "User feedback on the pilot has been positive.",
    "The budget for the year was approved by the board.",
    "The documentation has been updated to reflect the changes.",
    "The vendor delivered the final report on {date}.",
    "Invoices should quote the purchase order number.",
    "The audit covered the period from January to December.",
    "The team will present the results at the next town hall.",
    "Office hours are 9:00 to 17:30, Monday to Friday.",
    "The parties have agreed the attached statement of work.",
    "The handbook describes the expense reimbursement process.",
    "The purpose of this document is to summarise the project status.",
    "The system architecture is shown in Figure 2.",
    "Working hours are 37.5 per week.",
    "The borrower may repay the loan early at any time.",
    "Attendance at the workshop was high.",
    "The new hires started on Monday and are settling in well.",
    "The review meeting was productive and actions were agreed.",
    "All deliverables for the sprint were accepted by the product owner.",
    "The customer approved the revised layout.",
    "The migration to the new email platform finished last weekend without issues.",
    "The supplier confirmed the order and the delivery date.",
    "The annual report was filed on time.",
]

NEGATED_GENERIC = [
    "There is no risk of delay to {milestone}.",
    "We do not anticipate any cost overruns.",
    "No compliance issues were identified during the audit.",
    "There are no outstanding legal disputes.",
    "{system} has not had any downtime this quarter.",
    "No data breaches occurred during the year.",
    "The project is not at risk.",
    "There were no safety incidents {where} this month.",
    "No penalties apply under this agreement.",
    "No significant risks were identified in this phase.",
    "The contract does not contain any penalty clauses.",
    "Neither schedule nor budget is currently at risk.",
    "We have not identified any technical blockers.",
    "There is no dependency on a single supplier.",
    "No findings were raised in the external audit.",
    "None of the milestones are expected to slip.",
    "The tenant is not liable for normal wear and tear.",
    "There is no exposure to currency risk.",
]


def fill(template):
    def repl(m):
        return R.choice(SLOTS[m.group(1)])
    return re.sub(r"\{(\w+)\}", repl, template)


def sentence(text):
    text = text.strip()
    text = text[0].upper() + text[1:]
    if not text.endswith((".", "!", "?")):
        text += "."
    return text


def opening(register):
    pool = {"r": OPEN_REPORT, "a": OPEN_AUDIT, "c": OPEN_CONTRACT}[register]
    if R.random() < 0.25:
        pool = OPEN_RISK if register != "a" else OPEN_AUDIT
    return R.choice(pool)


def lower_first(s):
    # Keep "{party}"-style names and acronyms capitalised.
    if len(s) > 1 and s[1].isupper():
        return s
    return s[0].lower() + s[1:]


def main():
    out = []
    seen = set()

    def add(labels, text):
        text = sentence(text)
        text = re.sub(r"\s+", " ", text)
        if text.lower() in seen:
            return
        seen.add(text.lower())
        out.append((labels, text))

    for labels, register, risky, safe in CONCEPTS:
        for phr in risky:
            for _ in range(4):
                op = opening(register)
                body = fill(phr)
                if op:
                    body = lower_first(body)
                add(labels, op + body + R.choice(CLOSE))
        for phr in safe:
            for _ in range(3):
                op = R.choice(NO_RISK_OPEN)
                body = fill(phr)
                if op:
                    body = lower_first(body)
                add("", op + body)

    # Two risks joined in one sentence give more multi-label examples.
    singles = [(l, r, p) for (l, r, ps, _) in CONCEPTS if l and "," not in l for p in ps]
    joiners = [", and ", "; in addition, ", ", while ", "; moreover, ", " and at the same time "]
    for _ in range(220):
        a, b = R.sample(singles, 2)
        if a[0] == b[0]:
            continue
        labels = ",".join(sorted({a[0], b[0]}))
        add(labels, fill(a[2]) + R.choice(joiners) + lower_first(fill(b[2])))

    for t in SAFE:
        for _ in range(3):
            add("", fill(t))
    for t in NEGATED_GENERIC:
        for _ in range(3):
            add("", fill(t))

    R.shuffle(out)
    dest = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/scan/generated.tsv")
    with dest.open("w", encoding="utf-8") as f:
        f.write("# SPDX-License-Identifier: GPL-3.0-or-later\n")
        f.write("# Generated by tools/scan-trainer/generate_corpus.py - labels<TAB>sentence; empty labels = no risk.\n")
        for labels, text in out:
            f.write(f"{labels}\t{text}\n")
    print(f"{len(out)} sentences -> {dest}")


if __name__ == "__main__":
    main()
