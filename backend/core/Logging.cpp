// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcCore, "assay.core")
Q_LOGGING_CATEGORY(lcStorage, "assay.storage")
Q_LOGGING_CATEGORY(lcApi, "assay.api")
Q_LOGGING_CATEGORY(lcAccess, "assay.access")
Q_LOGGING_CATEGORY(lcAuth, "assay.auth")
Q_LOGGING_CATEGORY(lcAudit, "assay.audit")
Q_LOGGING_CATEGORY(lcScan, "assay.scan")
Q_LOGGING_CATEGORY(lcMetrics, "assay.metrics")
Q_LOGGING_CATEGORY(lcReports, "assay.reports")
Q_LOGGING_CATEGORY(lcUi, "assay.ui")
