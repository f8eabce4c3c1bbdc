// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceTree.h"

namespace assay::audit {

// What is committed at a ref of a git repository, read from the object database (the work
// tree is not looked at). Submodules and symbolic links are not followed.
class GitTree : public SourceTree
{
public:
    // `repositoryPath`: a work tree or a bare repository. `ref`: branch, tag, commit or empty (HEAD).
    GitTree(QString repositoryPath, QString ref);

    // Resolves the ref; call before list(). The commit id is available afterwards.
    Status resolve();
    QString commitId() const { return m_commit; }

    Result<std::vector<SourceEntry>> list(const std::atomic<bool>& cancelled) override;
    Status read(const SourceEntry& entry, qint64 maxBytes, std::string& out, qint64& size) const override;
    QString root() const override { return m_path; }
    qint64 skipped() const override { return m_skipped; }

private:
    QString m_path;
    QString m_ref;
    QString m_commit;
    qint64 m_skipped = 0;
};

} // namespace assay::audit
