"""Matching what the checks look for in recognised speech, tolerating recognition errors.

Speech recognition on 8 kHz calls writes homophones (工号 → 公号, 稍等 → 烧等), drops or adds
particles (了, 吗, 呢) and small words. So a phrase is compared by sound: every character
becomes its toneless pinyin syllable, folded the way southern accents and recognisers blur
them (zh/z, ch/c, sh/s, -ng/-n, l/n), and each syllable becomes one symbol. A homophone is
then an exact match, and rapidfuzz's edit-distance ratio over symbols (not letters) measures
dropped or changed syllables: one dropped particle in a five-syllable phrase still scores 89.

Prohibited words are found in one pass over a line with an Aho-Corasick automaton
(pyahocorasick): by sound for words of three syllables or more, literally for shorter ones,
where a homophone is too often an innocent word.
"""
from __future__ import annotations

import re
import threading
import unicodedata

import ahocorasick
from rapidfuzz import fuzz

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SYMBOLS: dict[str, str] = {}
_SYMBOLS_LOCK = threading.Lock()
_SYMBOL_BASE = 0xF0000  # a private-use plane: never a character of real text


def normalise(text: str) -> str:
    """Lower-case, full-width folded, without punctuation or spaces."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def _fold(syllable: str) -> str:
    for hard, soft in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if syllable.startswith(hard):
            syllable = soft + syllable[2:]
            break
    if syllable.startswith("l"):
        syllable = "n" + syllable[1:]
    if syllable.endswith("ng") and len(syllable) > 2:
        syllable = syllable[:-1]
    return syllable


class _SoundTable(dict):
    """str.translate table: a character's symbol, computed on first sight (so the table holds only
    characters that occur, and translating a whole call is one C loop)."""

    def __missing__(self, code: int) -> str:
        with _SYMBOLS_LOCK:  # screening threads must not give two syllables one symbol
            return self._add(code)

    def _add(self, code: int) -> str:
        if code in self:
            return self[code]
        char = chr(code)
        if "\u3400" <= char <= "\u9fff":
            # pypinyin loads its dictionaries (seconds on a busy machine) when imported: here, when a
            # check first reads a character, not when the workspace opens (issue 19: a late window)
            from pypinyin import Style, lazy_pinyin

            syllable = _fold(lazy_pinyin(char, style=Style.NORMAL)[0])
            symbol = _SYMBOLS.get(syllable)
            if symbol is None:
                symbol = _SYMBOLS[syllable] = chr(_SYMBOL_BASE + len(_SYMBOLS))
        else:
            symbol = char
        self[code] = symbol
        return symbol


_SOUND_TABLE = _SoundTable()


def sound_of_normalised(plain: str) -> str:
    """``sound`` of a text already normalised: one symbol per character, so positions line up."""
    return plain.translate(_SOUND_TABLE)


def sound(text: str) -> str:
    """The text as one symbol per (folded, toneless) syllable; other characters kept."""
    return sound_of_normalised(normalise(text))


class PhraseMatcher:
    """Is one of the phrases said in a line? Exact text first, then by sound, then fuzzily by sound."""

    def __init__(self, phrases: list[str], similarity: int = 80):
        self.phrases = [(normalise(p), sound(p)) for p in phrases if normalise(p)]
        self.similarity = similarity

    def score(self, text: str, *, plain: str | None = None, spoken: str | None = None) -> float:
        """How well the best phrase matches somewhere in ``text`` (0-100); ``plain``/``spoken`` may
        pass its normalised text and sound when the caller has them already."""
        plain = normalise(text) if plain is None else plain
        if not plain:
            return 0.0
        for phrase, _ in self.phrases:
            if phrase in plain:
                return 100.0
        spoken = sound_of_normalised(plain) if spoken is None else spoken
        best = 0.0
        for _, phrase_sound in self.phrases:
            if phrase_sound in spoken:
                return 100.0
            if len(spoken) < len(phrase_sound):
                # the line is shorter than the phrase: the whole line must be (most of) the phrase
                value = fuzz.ratio(phrase_sound, spoken, score_cutoff=self.similarity)
            else:
                value = fuzz.partial_ratio(phrase_sound, spoken, score_cutoff=self.similarity)
            best = max(best, value)
        return best

    def matches(self, text: str) -> bool:
        return self.score(text) >= self.similarity


class ProhibitedWords:
    """Every prohibited word in a text, in one pass."""

    def __init__(self, words: list[str]):
        self.literal = ahocorasick.Automaton()
        self.spoken = ahocorasick.Automaton()
        for word in words:
            plain = normalise(word)
            if not plain:
                continue
            if len(plain) >= 3:
                self.spoken.add_word(sound(plain), word)
            else:
                self.literal.add_word(plain, word)
        for automaton in (self.literal, self.spoken):
            if len(automaton):
                automaton.make_automaton()

    def find(self, text: str) -> list[str]:
        """The prohibited words said in ``text`` (as the form lists them), first occurrence order."""
        plain = normalise(text)
        return outermost([word for _, word in self.find_at(plain, sound_of_normalised(plain))])

    def find_at(self, plain: str, spoken: str) -> list[tuple[int, str]]:
        """(end position, word) of every hit in a normalised text and its sound (same positions)."""
        hits: list[tuple[int, str]] = []
        if len(self.literal):
            hits += list(self.literal.iter(plain))
        if len(self.spoken):
            hits += list(self.spoken.iter(spoken))
        return hits


def outermost(found: list[str]) -> list[str]:
    found = list(dict.fromkeys(found))
    # "不归我们管" inside "这不归我们管" is one thing said, not two
    return [word for word in found if not any(word != other and word in other for other in found)]
