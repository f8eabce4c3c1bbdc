#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores secret findings against the corpus ground truth by (file, line).

    score.py TRUTH.json FINDINGS.json [--details]

FINDINGS is either Assay's {"findings": [{file, line, ...}]} or secretlint's JSON formatter
output ([{filePath, messages: [{loc: {start: {line}}}]}]) — paths are made relative to the
corpus directory. Prints recall, precision and F1, and with --details the misses and false alarms.
"""
import json
import os
import sys


def load_findings(path, corpus):
    with open(path) as f:
        data = json.load(f)
    out = set()
    if isinstance(data, dict) and 'findings' in data:
        for x in data['findings']:
            out.add((x['file'], int(x['line'])))
        return out, data.get('tool', 'assay')
    for result in data:  # secretlint
        rel = os.path.relpath(result['filePath'], corpus)
        for m in result.get('messages', []):
            line = m.get('loc', {}).get('start', {}).get('line')
            if line is None and 'range' in m:
                line = None
            if line is not None:
                out.add((rel, int(line)))
    return out, 'secretlint'


def main():
    truth_path, findings_path = sys.argv[1], sys.argv[2]
    details = '--details' in sys.argv
    corpus = os.path.join(os.path.dirname(os.path.abspath(truth_path)), 'corpus')
    with open(truth_path) as f:
        truth = {(t['file'], int(t['line'])) for t in json.load(f)['secrets']}
    found, tool = load_findings(findings_path, corpus)
    tp = len(truth & found)
    recall = tp / len(truth) if truth else 1.0
    precision = tp / len(found) if found else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print('%-10s recall %.3f  precision %.3f  F1 %.3f  (truth %d, reported %d, correct %d)'
          % (tool, recall, precision, f1, len(truth), len(found), tp))
    if details:
        for fl in sorted(truth - found):
            print('  MISS  %s:%d' % fl)
        for fl in sorted(found - truth):
            print('  FALSE %s:%d' % fl)
    print(json.dumps({'tool': tool, 'recall': round(recall, 4), 'precision': round(precision, 4), 'f1': round(f1, 4),
                      'truth': len(truth), 'reported': len(found), 'correct': tp}), file=sys.stderr)


if __name__ == '__main__':
    main()
