// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GitIgnore.h"
#include "SourceTree.h"

namespace assay::audit {

// A plain folder: `.git` skipped, `.gitignore` files honoured (as git does, nested ones
// included), symlinks followed only when they stay inside the root, device files, sockets
// and FIFOs skipped.
class DirectoryTree : public SourceTree
{
public:
    explicit DirectoryTree(QString root, bool honourGitIgnore = true);

    Result<std::vector<SourceEntry>> list(const std::atomic<bool>& cancelled) override;
    Status read(const SourceEntry& entry, qint64 maxBytes, std::string& out, qint64& size) const override;
    QString root() const override { return m_root; }
    qint64 skipped() const override { return m_skipped; }

private:
    QString m_root;
    QByteArray m_canonicalRoot;
    bool m_honourGitIgnore;
    qint64 m_skipped = 0;
};

} // namespace assay::audit
