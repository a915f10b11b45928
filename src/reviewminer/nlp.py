"""The spaCy pipeline: a blank English pipeline plus our own components, built from rule data.

Components (registered as spaCy factories, so a saved pipeline loads with ``spacy.load``):

* ``sentencizer`` (spaCy's rule-based sentence splitter);
* ``reviewminer_agencies``: an entity ruler for the gazetteer built on two PhraseMatchers
  (label ``ORG``, ``ent_id`` = canonical name): names matched case-insensitively, abbreviations
  case-sensitively (spaCy's EntityRuler allows one matching attribute, and its token Matcher is
  ten times slower for a few hundred single-token abbreviation patterns);
* ``reviewminer_place_prefix``: widens an agency mention over a preceding place name
  ("Northbridge" + "Constabulary") so the name is kept as written.

The assembled pipeline is saved under ``models/reviewminer_en`` (``python -m reviewminer.nlp``)
and loaded from the package; nothing is downloaded. If the saved copy is missing or was built
from other rule files, the pipeline is built in memory from the rules instead. Saving also
writes the tokenizer's rules to ``models/reviewminer_en_tokenizer.json`` (:func:`tokenizer_data`).

:func:`reviewminer.read` does not import this module: the extractors use
:mod:`reviewminer.analysis`, which does what this pipeline does in plain Python (the same
tokens, sentences and entities; a test compares them), because importing spaCy and loading the
pipeline cost over a second per process. This pipeline is what users add to their own spaCy
pipelines (the components are registered through the ``spacy_factories`` entry point), the
reference the plain analyzer is tested against, and what the extractors fall back to for a
gazetteer the plain analyzer cannot match as spaCy does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import ORTH, intify_attrs  # type: ignore[import-not-found]  # Cython, no stubs
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from reviewminer.analysis.base import PIECE_CHARS, split_text
from reviewminer.analysis.patterns import (
    agency_patterns,
    national_bodies,
    plural,
    rules_fingerprint,
)
from reviewminer.analysis.tokenizer import TOKENIZER_DATA, Tokenizer
from reviewminer.rules import Rules, RulesSpec, load_rules

__all__ = ["PIECE_CHARS", "PIPELINE_NAME", "AgencyRuler", "BoundedPipeline", "PlacePrefix",
           "agency_patterns", "build_pipeline", "load_pipeline", "national_bodies", "plural",
           "rules_fingerprint", "save_pipeline", "saved_pipeline_dir", "split_text",
           "tokenizer_data"]

PIPELINE_NAME = "reviewminer_en"


@Language.factory("reviewminer_place_prefix",
                  default_config={"max_tokens": 3, "stop_words": [], "no_place": []})
def make_place_prefix(nlp: Language, name: str, max_tokens: int, stop_words: list[str],
                      no_place: list[str]) -> PlacePrefix:
    return PlacePrefix(max_tokens=max_tokens, stop_words=stop_words, no_place=no_place)


class PlacePrefix:
    """Extend ORG entities left over capitalised place-name tokens ("Kelvingate SAB").

    ``stop_words`` (``parties.json`` ``not_place_words``) never start a place name; the bodies
    in ``no_place`` (national single bodies: "UKSA", "the Home Office") never take one."""

    def __init__(self, max_tokens: int = 3, stop_words: list[str] | None = None,
                 no_place: list[str] | None = None) -> None:
        self.max_tokens = max_tokens
        self.stop_words = frozenset(w.lower() for w in stop_words or ())
        self.no_place = frozenset(no_place or ())

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            # only our gazetteer's bodies take a place; a user's own entities stay as they are
            if ent.label_ != "ORG" or not ent.ent_id_ or ent.ent_id_ in self.no_place:
                spans.append(ent)
                continue
            start = ent.start
            steps = 0
            while start > 0 and steps < self.max_tokens:
                tok = doc[start - 1]
                if tok.is_title and tok.lower_ not in self.stop_words and tok.is_alpha and \
                        not tok.is_sent_start:
                    start -= 1
                    steps += 1
                elif tok.is_title and tok.is_sent_start and tok.lower_ not in self.stop_words and \
                        tok.is_alpha and steps < self.max_tokens and \
                        (doc[start].is_title or doc[start].is_upper):
                    # "Northbridge Constabulary" at a sentence start, but not "Train housing"
                    start -= 1
                    steps += 1
                    break
                else:
                    break
            spans.append(Span(doc, start, ent.end, label=ent.label_, span_id=ent.ent_id_)
                         if start != ent.start else ent)
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("reviewminer_agencies", default_config={}, assigns=["doc.ents"])
def make_agencies(nlp: Language, name: str) -> AgencyRuler:
    return AgencyRuler(nlp, name)


class AgencyRuler:
    """Gazetteer entity ruler: ``{"label", "pattern", "id", "attr"}`` phrase patterns."""

    def __init__(self, nlp: Language, name: str = "reviewminer_agencies") -> None:
        self.nlp = nlp
        self.name = name
        self.patterns: list[dict[str, Any]] = []
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._tokens = Matcher(nlp.vocab)
        # literal words that token patterns start with: the Matcher walks every token of a
        # text, so it only runs on texts that contain one of them
        self._token_cues: set[str] = set()

    def initialize(self, get_examples: Any = None, *, nlp: Language | None = None,
                   patterns: list[dict[str, Any]] | None = None) -> None:
        """spaCy's initialisation: the given patterns, else the shipped gazetteer (so that
        ``nlp.add_pipe("reviewminer_agencies")`` in a user's own pipeline finds the bodies)."""
        if patterns is not None:
            self.add_patterns(patterns)
        elif not self.patterns:
            self.add_patterns(agency_patterns(load_rules()))

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        by_key: dict[tuple[str, str, str], list[str]] = {}
        for p in patterns:
            attr = p.get("attr", "LOWER")
            if attr not in ("LOWER", "ORTH", "TOKENS"):
                raise ValueError(f"pattern attr must be LOWER, ORTH or TOKENS, got {attr!r}")
            if attr == "TOKENS":
                self._tokens.add(f"{p['label']}|{p['id']}", [p["pattern"]])
                first = p["pattern"][0] if p["pattern"] else {}
                cue = first.get("ORTH") or first.get("TEXT")
                self._token_cues.add(cue if isinstance(cue, str) else "")
                self.patterns.append(dict(p))
                continue
            by_key.setdefault((attr, p["label"], p["id"]), []).append(p["pattern"])
            self.patterns.append(dict(p))
        for (attr, label, ent_id), phrases in by_key.items():
            matcher = self._lower if attr == "LOWER" else self._orth
            key = f"{label}|{ent_id}"
            docs = list(self.nlp.tokenizer.pipe(phrases))  # type: ignore[union-attr]
            matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        if not self.patterns:
            self.initialize()  # added to a user's pipeline without nlp.initialize()
        spans = []
        matchers: list[PhraseMatcher | Matcher] = [self._lower, self._orth]
        if self._token_cues:
            text = doc.text  # built from the tokens on each access: once
            if any(c in text for c in self._token_cues):
                matchers.append(self._tokens)
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                label, ent_id = self.nlp.vocab.strings[match_id].split("|", 1)
                spans.append(Span(doc, start, end, label=label, span_id=ent_id))
        ours = filter_spans(spans)
        if doc.ents:  # a user's pipeline: keep its entities, add ours where they are free
            taken = {i for e in doc.ents for i in range(e.start, e.end)}
            ours = [s for s in ours if taken.isdisjoint(range(s.start, s.end))]
            doc.ents = sorted([*doc.ents, *ours], key=lambda s: s.start)
        else:
            doc.ents = ours
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "patterns.jsonl", "w", encoding="utf-8") as fh:
            for p in self.patterns:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> AgencyRuler:
        with open(Path(path) / "patterns.jsonl", encoding="utf-8") as fh:
            self.add_patterns([json.loads(line) for line in fh if line.strip()])
        return self


def build_pipeline(rules: Rules | None = None) -> Language:
    """Assemble the pipeline from rule data (no model download: ``spacy.blank("en")``)."""
    rules = rules or load_rules()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("reviewminer_agencies")
    ruler.add_patterns(agency_patterns(rules))  # type: ignore[attr-defined]
    nlp.add_pipe("reviewminer_place_prefix",
                 config={"stop_words": sorted(rules.parties.not_place_words),
                         "no_place": national_bodies(rules)})
    nlp.meta["name"] = "reviewminer"
    nlp.meta["description"] = "reviewminer: sentences and agency mentions (rule-based, offline)"
    nlp.meta["reviewminer_rules_fingerprint"] = rules_fingerprint(rules)
    return nlp


def saved_pipeline_dir() -> Path:
    return Path(str(resources.files("reviewminer.models").joinpath(PIPELINE_NAME)))


_PIPELINES: dict[str, Language] = {}
#: Rules fingerprint -> pipeline key (the hash of the gazetteer the pipeline is built from).
_PIPELINE_KEYS: dict[str, str] = {}
#: Pipelines kept per process (one per distinct gazetteer).
MAX_CACHED_PIPELINES = 4


def load_pipeline(rules: RulesSpec = None) -> Language:
    """The pipeline for these rules, once per process: the saved one from ``models/`` when its
    gazetteer matches, else built in memory (a user's overlay of agency names). ``rules`` is
    anything :func:`reviewminer.rules.load_rules` takes."""
    rules = load_rules(rules)
    key = _PIPELINE_KEYS.get(rules.fingerprint)
    if key is None:  # hashing the gazetteer costs ~1 ms: once per rule set, not per document
        key = _PIPELINE_KEYS[rules.fingerprint] = rules_fingerprint(rules)
    nlp = _PIPELINES.get(key)
    if nlp is None:
        path = saved_pipeline_dir()
        if (path / "config.cfg").exists():
            saved = spacy.load(path)
            if saved.meta.get("reviewminer_rules_fingerprint") == key:
                nlp = saved
        nlp = nlp or build_pipeline(rules)
        if len(_PIPELINES) >= MAX_CACHED_PIPELINES:
            _PIPELINES.pop(next(iter(_PIPELINES)))
        _PIPELINES[key] = nlp
    return nlp


class BoundedPipeline:
    """A pipeline that analyses texts of any length: a text longer than its ``max_length`` is
    analysed in pieces (:func:`split_text`) joined into one :class:`Doc` with the same text and
    character offsets (an agency name cut by a piece boundary may be missed; nothing is dropped).
    Calls and :meth:`pipe` are those of the :class:`Language`."""

    def __init__(self, nlp: Language, piece_chars: int = PIECE_CHARS) -> None:
        self.language = nlp
        self.vocab = nlp.vocab
        self.piece_chars = min(piece_chars, nlp.max_length)

    def __call__(self, text: str) -> Doc:
        if len(text) <= self.language.max_length:
            return self.language(text)
        return self._long(text)

    def _long(self, text: str, **kwargs: Any) -> Doc:
        pieces = split_text(text, self.piece_chars)
        return Doc.from_docs(list(self.language.pipe(pieces, **kwargs)), ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Doc]:
        """Docs of ``texts`` in order (short ones batched as by :meth:`Language.pipe`)."""
        texts = list(texts)
        limit = self.language.max_length
        short = iter(self.language.pipe([t for t in texts if len(t) <= limit], **kwargs))
        for t in texts:
            yield next(short) if len(t) <= limit else self._long(t, **kwargs)


def tokenizer_data(nlp: Language) -> dict[str, Any]:
    """The tokenizer's rules as JSON data, for :mod:`reviewminer.analysis.tokenizer` (which
    tokenizes as spaCy does without importing it): its patterns, special cases (the pieces of
    each) and the sentencizer's punctuation."""
    tok = nlp.tokenizer
    patterns = {name: getattr(getattr(tok, name), "__self__", None)
                for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match",
                             "url_match")}
    specials = {k: [intify_attrs(piece, _do_deprecated=True)[ORTH] for piece in v]
                for k, v in sorted(tok.rules.items())}  # type: ignore[union-attr]
    sentencizer = nlp.get_pipe("sentencizer") if "sentencizer" in nlp.pipe_names else None
    punct = getattr(sentencizer, "punct_chars", None) or Sentencizer.default_punct_chars
    data: dict[str, Any] = {
        "spacy_version": spacy.about.__version__,
        **{name: (p.pattern if p is not None else None) for name, p in patterns.items()},
        "faster_heuristics": bool(tok.faster_heuristics),  # type: ignore[union-attr]
        "max_length": nlp.max_length,
        "punct_chars": sorted(punct),
        "specials": specials,
    }
    # derived from the rules above, kept so that each process need not derive them again
    split = Tokenizer(data).find_split_specials(data["faster_heuristics"])
    data["split_specials"] = {k: [list(p) for p in v] for k, v in split.items()}
    return data


def save_pipeline(path: Path | None = None) -> Path:
    """Build the pipeline from the shipped rules and save it (``python -m reviewminer.nlp``),
    with its tokenizer's rules as JSON beside it (:func:`tokenizer_data`)."""
    target = path or saved_pipeline_dir()
    nlp = build_pipeline()
    nlp.to_disk(target)
    data_path = target.parent / TOKENIZER_DATA
    data_path.write_text(json.dumps(tokenizer_data(nlp), ensure_ascii=False, indent=1) + "\n",
                         encoding="utf-8")
    # spaCy writes the sentencizer's characters from a set, in hash order: sort them so that
    # rebuilding the same rules gives the same files
    sentencizer = target / "sentencizer.json"
    if sentencizer.exists():
        cfg = json.loads(sentencizer.read_text(encoding="utf-8"))
        cfg["punct_chars"] = sorted(cfg.get("punct_chars", []))
        sentencizer.write_text(json.dumps(cfg, indent=2), encoding="utf-8")
    return target


if __name__ == "__main__":  # pragma: no cover
    print(f"saved {save_pipeline()}")
