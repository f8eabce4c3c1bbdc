// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTypes.h"

#include <vector>

namespace assay::api {

// One part of a multipart/form-data body.
struct FormPart
{
    QString name;
    QString fileName; // empty for plain fields
    QString contentType;
    QByteArray data;
};

// Parses multipart/form-data (RFC 7578). Errors: 400 for a malformed body, 415 when the
// request is not multipart.
Result<std::vector<FormPart>> parseMultipart(const HttpRequest& request);
const FormPart* findPart(const std::vector<FormPart>& parts, const QString& name);

} // namespace assay::api
