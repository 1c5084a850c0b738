"""Sanity checks for a held-out split's labels: parses, one item per selected text (40 White House texts a split, but
heldout115's 5; the Wikinews splits from heldout116 on hold what was collected) in selection order, ISO alpha-2
countries, and every official name / organisation string occurs verbatim in its text.

Run from anywhere:  python tests/evaluation/check_labels.py heldout7   (heldout5, heldout6, heldout7, ...)
"""
import json, csv, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SPLIT = sys.argv[1] if len(sys.argv) > 1 else sys.exit("usage: check_labels.py SPLIT (e.g. heldout7)")
codes = {r['alpha_2'] for r in json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']} | {'XK'}
d = json.load(open(os.path.join(HERE, f'labels-{SPLIT}.json'), encoding='utf-8'))
assert d['guidelines_version'] == 1
rows = list(csv.reader(open(os.path.join(HERE, f'selection-{SPLIT}.tsv')), delimiter='\t'))
WIKINEWS = all(stratum.startswith('wikinews') for stratum, _, _ in rows)
assert len(d['items']) == len(rows) and (WIKINEWS or len(rows) == (5 if SPLIT == 'heldout115' else 40))
bad = 0
for it, (stratum, split, path) in zip(d['items'], rows):
    assert it['id'] == path.rsplit('/', 1)[-1][:-4] and it['split'] == SPLIT == split
    # a Wikinews text's only copy is texts/<id>.txt (its source is in sources-wikinews.tsv)
    assert it['corpus_path'] == ('texts/' if WIKINEWS else 'corpus/whitehouse-briefing-room/') + path
    text = open(os.path.join(HERE, 'texts', it['id'] + '.txt'), encoding='utf-8').read()
    for o in it['officials']:
        assert set(o) == {'name', 'title', 'organisation', 'country'}
        for s in (o['name'], o['organisation']):
            if s is not None and s not in text:
                print('MISSING name/org', it['id'], s); bad += 1
        if o['country'] is not None and o['country'] not in codes:
            print('BAD official country', it['id'], o); bad += 1
    for s in it['organisations']:
        if s not in text:
            print('MISSING org', it['id'], s); bad += 1
    for o in it['officials']:
        if o['organisation'] is not None and o['organisation'] not in it['organisations']:
            print('official org not in list', it['id'], o['organisation'])
    for c in it['countries']:
        if c not in codes:
            print('BAD country', it['id'], c); bad += 1
    assert len(set(it['countries'])) == len(it['countries']) and len(set(it['organisations'])) == len(it['organisations'])
print('problems:', bad)
