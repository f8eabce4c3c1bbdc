#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the binary seeds of the fuzz corpora (archives, a docx, PDFs) into OUT/<target>/, so that
# no binary files are committed. Called by bench/fuzz on the git-ignored work copy of the corpora.
import io
import sys
import tarfile
import zipfile
from pathlib import Path

DOCX_XML = (b'<?xml version="1.0" encoding="UTF-8"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            b'<w:p><w:r><w:t>The Supplier may assign this agreement without consent.</w:t></w:r></w:p>'
            b'</w:body></w:document>')


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()


def tar_bytes(entries, mode):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data, kind in entries:
            info = tarfile.TarInfo(name)
            info.mtime = 1700000000
            if kind == "dir":
                info.type = tarfile.DIRTYPE
                t.addfile(info)
            elif kind == "symlink":
                info.type = tarfile.SYMTYPE
                info.linkname = data
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def pdf_bytes(text):
    # A minimal one-page PDF with one line of text and a correct cross-reference table.
    content = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    out = Path(sys.argv[1])
    files = [("src/main.c", b"int main(void) { return 0; }\n", "file"),
             ("src/", b"", "dir"),
             ("LICENSE", b"MIT License\n", "file")]
    seeds = {
        "archive": {
            "tiny.zip": zip_bytes([(n, d) for n, d, k in files if k == "file"]),
            "stored.zip": zip_bytes([("a/b/c.txt", b"hello\n")], zipfile.ZIP_STORED),
            "tiny.tar": tar_bytes(files, "w"),
            "tiny.tar.gz": tar_bytes(files, "w:gz"),
            "tiny.tar.xz": tar_bytes(files, "w:xz"),
            "tiny.tar.bz2": tar_bytes(files, "w:bz2"),
            "dotdot.tar": tar_bytes([("../escape.txt", b"x", "file")], "w"),
            "symlink.tar": tar_bytes([("link", "/etc/passwd", "symlink"), ("ok.txt", b"ok", "file")], "w"),
        },
        "scan_text": {
            # selector byte '6' picks contract.docx
            "docx": b"6" + zip_bytes([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", DOCX_XML)]),
        },
        "scan_pdf": {
            "hello.pdf": pdf_bytes(b"The licensee indemnifies the licensor."),
            "empty-text.pdf": pdf_bytes(b""),
        },
        "osv": {
            "osv.zip": zip_bytes([("GHSA-1.json", b'{"id":"GHSA-1","affected":[{"package":{"ecosystem":"npm",'
                                                  b'"name":"lodash"},"versions":["4.17.20"]}]}')]),
        },
    }
    # Regression seeds: inputs that crashed a parser before its fix (stack overflows on deep nesting),
    # too large to commit as files. Each is named after the fix's unit test.
    n = 40000
    deep_json = b"[" * n + b"]" * n
    regressions = {
        "spdx": {"regression-deep-parentheses": b"(" * n + b"MIT" + b")" * n},
        "scan_text": {"regression-deep-json": b"3" + deep_json},  # selector '3': data.json
        "osv": {"regression-deep-record": b'{"id":"X-DEEP","affected":' + deep_json + b"}"},
        "sessions": {"regression-deep-line": b'1{"timestamp":"2025-10-12T10:00:00Z","model":"m","metadata":'
                     + b'{"a":' * n + b"1" + b"}" * n + b"}\n"},
        "policy": {
            "regression-deep-parentheses": b"=" + b"(" * 15000 + b"1" + b")" * 15000,
            "regression-not-chain": b"=" + b"not " * 15000 + b"true",
            "regression-bang-chain": b"=" + b"!" * 15000 + b"true",
            "regression-deep-list": b"=" + b"[" * 15000 + b"]" * 15000 + b" == 1",
        },
    }
    for target, items in regressions.items():
        seeds.setdefault(target, {}).update(items)
    for target, items in seeds.items():
        (out / target).mkdir(parents=True, exist_ok=True)
        for name, data in items.items():
            (out / target / name).write_bytes(data)


if __name__ == "__main__":
    main()
