#!/usr/bin/env python3
"""Discovery mixes for bench/run.sh, generated with a fixed seed from the data set's own vocabulary.

    discovery_mix.py WORDS_FILE TAGS_FILE OUT_DIR [SEED]

WORDS_FILE holds one "count word" per line (the words of the published titles, summaries and texts, most frequent
first), TAGS_FILE one tag per line. Writes to OUT_DIR:
- tail-queries.txt / tail-search.paths: the long tail, 30,000 distinct queries (one and two words, quoted phrases,
  1-edit typos, prefixes of the last word), more than a measured run sends, so no result cache helps;
- typo-queries.txt / typo-search.paths: queries whose every word of 5+ letters has one edit;
- suggest.paths: 20,000 distinct prefixes (2 to 7 letters, some with a typo) for search-as-you-type;
- library-tail.paths: 20,000 distinct library pages with facets (filters, a query word, sort, page);
- portal-search.paths / portal-library.paths: the 20 most common queries (or pages) make 80 % of requests, the
  long tail the rest.
"""
import random
import sys
import urllib.parse

AUDIENCES = ["teachers", "school-youth-program-staff", "school-youth-organization-leaders", "district-leaders"]
TYPES = ["tool-playbook", "rubric", "article"]
SORTS = [None, "title", "-title", "reading-time", "-reading-time"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"
FACETS = "audience,type,layer,element,tag"


def typo(word, rnd):
    """One edit: a deletion, an insertion, a substitution or a transposition (not at the first letter)."""
    i = rnd.randrange(1, len(word))
    kind = rnd.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + rnd.choice(LETTERS) + word[i:]
    if kind == 2:
        return word[:i] + rnd.choice([c for c in LETTERS if c != word[i]]) + word[i + 1:]
    if i == len(word) - 1:
        i -= 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2:] if i > 0 else word[1] + word[0] + word[2:]


def search_path(q):
    return "/api/v1/search?" + urllib.parse.urlencode({"q": q, "size": 20})


def main():
    words_file, tags_file, out = sys.argv[1], sys.argv[2], sys.argv[3]
    rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261204)
    counted = [line.split() for line in open(words_file, encoding="utf-8") if line.strip()]
    words = [w for _, w in counted if w.isalpha() and len(w) >= 3][:3000]
    common = words[:200]
    long_words = [w for w in words if len(w) >= 5]
    tags = [t.strip() for t in open(tags_file, encoding="utf-8") if t.strip() and not t.startswith("batch-")]
    tags += [f"batch-{i}" for i in range(0, 100, 7)]

    def one_query():
        shape = rnd.random()
        if shape < 0.30:
            return rnd.choice(words)
        if shape < 0.55:
            return rnd.choice(words) + " " + rnd.choice(words)
        if shape < 0.65:
            return '"' + rnd.choice(common) + " " + rnd.choice(common) + '"'
        if shape < 0.85:
            return typo(rnd.choice(long_words), rnd) + ("" if rnd.random() < 0.5 else " " + rnd.choice(words))
        w = rnd.choice(long_words)
        return (rnd.choice(words) + " " if rnd.random() < 0.5 else "") + w[:rnd.randrange(3, min(6, len(w)))]

    def distinct(make, n):
        seen, out_list = set(), []
        for _ in range(n * 50):
            q = make()
            if q not in seen:
                seen.add(q)
                out_list.append(q)
                if len(out_list) == n:
                    break
        return out_list

    tail = distinct(one_query, 30000)
    typos = distinct(lambda: " ".join(typo(w, rnd) if len(w) >= 5 else w
                                      for w in rnd.sample(long_words, rnd.choice([1, 1, 2]))), 20000)

    def prefix():
        w = rnd.choice(words)
        p = w[:rnd.randrange(2, min(8, len(w) + 1))]
        return typo(p, rnd) if len(p) >= 5 and rnd.random() < 0.2 else p

    prefixes = distinct(prefix, 20000)

    def library_page():
        params = [("facets", FACETS)]
        if rnd.random() < 0.5:
            params.append(("audience", rnd.choice(AUDIENCES)))
        if rnd.random() < 0.4:
            params.append(("type", rnd.choice(TYPES)))
        if rnd.random() < 0.3:
            params.append(("tag", rnd.choice(tags)))
        if rnd.random() < 0.4:
            params.append(("q", rnd.choice(common)))
        sort = rnd.choice(SORTS)
        if sort:
            params.append(("sort", sort))
        params.append(("size", rnd.choice([10, 20, 25])))
        params.append(("page", rnd.choice([1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])))
        return "/api/v1/resources?" + urllib.parse.urlencode(params)

    library = distinct(library_page, 20000)

    def portal(head, rest, n=30000):
        return [rnd.choice(head) if rnd.random() < 0.8 else rnd.choice(rest) for _ in range(n)]

    def write(name, lines):
        with open(f"{out}/{name}", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    write("tail-queries.txt", tail)
    write("tail-search.paths", [search_path(q) for q in tail])
    write("typo-queries.txt", typos)
    write("typo-search.paths", [search_path(q) for q in typos])
    write("suggest.paths", ["/api/v1/search/suggestions?" + urllib.parse.urlencode({"q": p}) for p in prefixes])
    write("library-tail.paths", library)
    write("portal-search.paths", portal([search_path(q) for q in common[:20]], [search_path(q) for q in tail]))
    write("portal-library.paths", portal(library[:20], library))
    print(f"discovery mixes: {len(tail)} tail queries, {len(typos)} typo queries, {len(prefixes)} prefixes, "
          f"{len(library)} library pages, from {len(words)} words and {len(tags)} tags")


if __name__ == "__main__":
    main()
