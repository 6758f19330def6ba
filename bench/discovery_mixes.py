#!/usr/bin/env python3
"""Discovery request mixes for bench/run.sh, generated with a fixed seed from the data set's own vocabulary.

Usage: discovery_mixes.py VOCABULARY_FILE OUT_DIR
VOCABULARY_FILE: one word per line, most frequent first (words of the published titles and texts).
Writes, one request path per line (wrk's paths.lua cycles through them):
  search-tail.txt    >= 5,000 distinct searches: one and two words, quoted phrases, 1-edit typos, prefixes
  search-typo.txt    the tail's words, each query with one typo
  search-portal.txt  the 20 most common searches make 80 % of the requests, the rest from the tail
  suggest-tail.txt   >= 5,000 distinct beginnings (2 to 8 characters, some with a typo)
  library-tail.txt   >= 5,000 distinct library pages with facets (filters, q, sorts, pages)
  library-portal.txt the 20 most common library pages make 80 %, the rest from the tail
"""
import random
import sys
import urllib.parse

rng = random.Random(18)
words = [w.strip() for w in open(sys.argv[1]) if w.strip().isalpha() and len(w.strip()) >= 3][:4000]
out = sys.argv[2]
AUDIENCES = ["teachers", "school-youth-program-staff", "school-youth-organization-leaders", "district-leaders"]
TYPES = ["tool-playbook", "rubric", "article"]
LAYERS = ["roots", "soil", "bedrock", "environment"]
SORTS = ["title", "-title", "reading-time", "-reading-time"]


def typo(word):
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1:]  # deletion
    if kind == 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # transposition
    return word[:i] + rng.choice("aeiourstln") + word[i + 1:]  # substitution


def query():
    shape = rng.randrange(5)
    a, b = rng.choice(words), rng.choice(words)
    if shape == 0:
        return a
    if shape == 1:
        return a + " " + b
    if shape == 2:
        return '"%s %s"' % (a, b)
    if shape == 3:
        return typo(a) + (" " + b if rng.random() < 0.5 else "")
    return (b + " " if rng.random() < 0.5 else "") + a[:max(3, len(a) // 2)]


def distinct(make, n):
    seen = []
    found = set()
    while len(seen) < n:
        value = make()
        if value not in found:
            found.add(value)
            seen.append(value)
    return seen


def search(q):
    return "/api/v1/search?" + urllib.parse.urlencode({"q": q})


def library():
    params = {"facets": "audience,type,layer,element,tag", "size": "20"}
    if rng.random() < 0.5:
        params["audience"] = rng.choice(AUDIENCES)
    if rng.random() < 0.4:
        params["type"] = rng.choice(TYPES)
    if rng.random() < 0.3:
        params["layer"] = rng.choice(LAYERS)
    if rng.random() < 0.4:
        params["q"] = rng.choice(words)
    else:
        params["sort"] = rng.choice(SORTS)
    params["page"] = str(1 + int(rng.expovariate(0.3)) % 50)
    return "/api/v1/resources?" + urllib.parse.urlencode(params)


def portal(tail, n=20000):
    common = tail[:20]
    return [rng.choice(common) if rng.random() < 0.8 else rng.choice(tail) for _ in range(n)]


def write(name, lines):
    with open("%s/%s" % (out, name), "w") as f:
        f.write("\n".join(lines) + "\n")


tail = [search(q) for q in distinct(query, 6000)]
rng.shuffle(tail)
write("search-tail.txt", tail)
write("search-typo.txt", [search(q) for q in distinct(lambda: typo(rng.choice([w for w in words if len(w) >= 5])) + " " + rng.choice(words), 6000)])
write("search-portal.txt", portal(tail))
write("suggest-tail.txt", ["/api/v1/search/suggestions?" + urllib.parse.urlencode({"q": q}) for q in distinct(
    lambda: (lambda w: typo(w)[:rng.randrange(2, 9)] if rng.random() < 0.2 else w[:rng.randrange(2, 9)])(rng.choice(words)), 5000)])
libraries = distinct(library, 6000)
write("library-tail.txt", libraries)
write("library-portal.txt", portal(libraries))
