"""The allow-list grammar below the clause level: token helpers, patterns and expressions.

`graph.readonly` builds its clause parser on `Grammar`. Every word must be a keyword in the place the
grammar expects it, a variable, a name after `.` `:` or in a map, or a function on FUNCTIONS; anything
else raises QueryRejected naming the place. range() bounds must be known before the run (numbers or
$parameters) and span at most MAX_RANGE values; variable-length patterns need an upper bound <= MAX_HOPS.
"""
from __future__ import annotations

from typing import Optional

from graph.cypher_lexer import EOF, NAME, NUMBER, PARAM, PUNCT, STRING, WORD, LexError, Token, tokenize

MAX_RANGE = 1_000_000
MAX_HOPS = 10
FUNCTIONS = frozenset("""
count collect sum avg min max stdev stdevp percentilecont percentiledisc
size length tolower toupper lower upper trim ltrim rtrim substring left right replace split reverse
coalesce head last tail keys labels label type id nodes relationships range startnode endnode properties
abs ceil floor round sign sqrt exp log log10 e pi rand tointeger tofloat tostring toboolean
tointegerornull tofloatornull tostringornull tobooleanornull isnan
contains starts_with ends_with string_split list_contains list_extract date
""".split())
PROCEDURES = {"neo4j": frozenset({"db.labels", "db.relationshipTypes", "db.propertyKeys",
                                  "db.schema.nodeTypeProperties", "db.schema.relTypeProperties"}),
              "ladybug": frozenset()}
CLAUSES = "MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, UNION"
RESERVED = frozenset("""
ALL AND AS ASC ASCENDING BY CALL CASE CONTAINS DESC DESCENDING DISTINCT ELSE END ENDS FALSE IN IS LIMIT
MATCH NOT NULL OPTIONAL OR ORDER RETURN SKIP STARTS THEN TRUE UNION UNWIND WHEN WHERE WITH XOR YIELD
CREATE MERGE SET DELETE DETACH REMOVE DROP ALTER LOAD COPY FOREACH USE INSTALL ATTACH EXPORT IMPORT
SHOW TERMINATE GRANT DENY REVOKE BEGIN COMMIT ROLLBACK CHECKPOINT EXISTS FROM PROJECT GRAPH
""".split())
_COMPARE = ("=", "<>", "!=", "<", ">", "<=", ">=", "=~")


class QueryRejected(ValueError):
    """A user query that is not one read-only statement of the allowed grammar (one line, with the place)."""

class Grammar:
    def __init__(self, text: str, engine: str, params: dict):
        self.text, self.engine, self.params = text, engine, params
        try:
            self.tokens = tokenize(text)
        except LexError as exc:
            raise QueryRejected(str(exc)) from None
        self.i = 0
        self.limits: list[tuple[Optional[Token], Optional[Token], Token]] = []  # per RETURN: LIMIT expr span

    # --- token helpers -------------------------------------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, k: int = 1) -> Token:
        return self.tokens[min(self.i + k, len(self.tokens) - 1)]

    def fail(self, what: str, tok: Optional[Token] = None) -> QueryRejected:
        tok = tok or self.tok
        shown = "the end of the query" if tok.kind == EOF else repr(tok.text[:40])
        line = self.text.count("\n", 0, tok.start) + 1
        if what == "not an allowed clause":                 # a write, a procedure, LOAD …: say why
            return QueryRejected(f"read-only queries only: {what} at {shown} (line {line}); "
                                 f"allowed clauses: {CLAUSES}")
        return QueryRejected(f"query not accepted: {what} at {shown} (line {line})")  # a typo is not a write

    def is_kw(self, *words: str, tok: Optional[Token] = None) -> bool:
        tok = tok or self.tok
        return tok.kind == WORD and tok.upper in words

    def is_p(self, *puncts: str, tok: Optional[Token] = None) -> bool:
        tok = tok or self.tok
        return tok.kind == PUNCT and tok.text in puncts

    def take(self) -> Token:
        tok = self.tok
        self.i += 1
        return tok

    def kw(self, word: str) -> Token:
        if not self.is_kw(word):
            raise self.fail(f"expected {word}")
        return self.take()

    def p(self, punct: str) -> Token:
        if not self.is_p(punct):
            raise self.fail(f"expected '{punct}'")
        return self.take()

    def opt(self, *words: str) -> bool:
        """Take the next token if it is one of these keywords."""
        if self.is_kw(*words):
            self.take()
            return True
        return False

    def listing(self, item) -> None:
        """item (, item)*"""
        item()
        while self.is_p(","):
            self.take()
            item()

    def aliased(self, item) -> None:
        item()
        if self.opt("AS"):
            self.var()

    def where(self) -> None:
        if self.opt("WHERE"):
            self.expr()

    def name(self) -> Token:
        """A label, type, property or map key: any word or `name`."""
        if self.tok.kind in (WORD, NAME):
            return self.take()
        raise self.fail("expected a name")

    def var(self) -> Token:
        if self.tok.kind == NAME or (self.tok.kind == WORD and self.tok.upper not in RESERVED):
            return self.take()
        raise self.fail("expected a variable name")

    # --- patterns ------------------------------------------------------------------------------------
    def pattern(self) -> None:
        if self.tok.kind in (WORD, NAME) and self.is_p("=", tok=self.peek()):
            self.var()
            self.take()
        self.node()
        while self.is_p("<", "-"):
            self.relationship()
            self.node()

    def labels(self, alternatives: str) -> None:
        self.p(":")
        self.name()
        while self.is_p(*alternatives):
            self.take()
            if self.is_p(":"):
                self.take()
            self.name()

    def properties(self) -> None:
        if self.is_p("{"):
            self.map_literal()
        elif self.tok.kind == PARAM:
            self.take()

    def node(self) -> None:
        self.p("(")
        if self.tok.kind in (WORD, NAME) and not self.is_kw("WHERE"):
            self.var()
        if self.is_p(":"):
            self.labels("|:")
        self.properties()
        self.where()
        self.p(")")

    def relationship(self) -> None:
        if self.is_p("<"):
            self.take()
        self.p("-")
        if self.is_p("["):
            self.take()
            if self.tok.kind in (WORD, NAME) and not self.is_kw("WHERE"):
                self.var()
            if self.is_p(":"):
                self.labels("|")
            if self.is_p("*"):
                self.hops()
            self.properties()
            self.where()
            self.p("]")
        self.p("-")
        if self.is_p(">"):
            self.take()

    def hops(self) -> None:
        star = self.take()
        low = self.take().value if self.tok.kind == NUMBER else 1
        high = None
        if self.is_p(".."):
            self.take()
            if self.tok.kind == NUMBER:
                high = self.take().value
        elif star is not self.tokens[self.i - 1]:
            high = low
        if not isinstance(high, int) or not isinstance(low, int) or high > MAX_HOPS:
            raise self.fail(f"a variable-length pattern needs an upper bound of at most {MAX_HOPS} hops "
                            "(write e.g. *1..3)", star)

    # --- expressions ---------------------------------------------------------------------------------
    def expr_list(self, closing: str) -> None:
        self.listing(self.expr)

    def expr(self) -> None:
        self.binary(0)

    _LEVELS = (("OR",), ("XOR",), ("AND",))

    def binary(self, level: int) -> None:
        if level == len(self._LEVELS):
            return self.negation()
        self.binary(level + 1)
        while self.is_kw(*self._LEVELS[level]):
            self.take()
            self.binary(level + 1)

    def negation(self) -> None:
        while self.is_kw("NOT"):
            self.take()
        self.comparison()

    def comparison(self) -> None:
        self.arith()
        while True:
            if self.is_p(*_COMPARE) or self.is_kw("IN", "CONTAINS"):
                self.take()
            elif self.is_kw("STARTS", "ENDS"):
                self.take()
                self.kw("WITH")
            elif self.is_kw("IS"):
                self.take()
                if self.is_kw("NOT"):
                    self.take()
                self.kw("NULL")
                continue
            else:
                return
            self.arith()

    def arith(self) -> None:
        self.unary()
        while self.is_p("+", "-", "*", "/", "%", "^"):
            self.take()
            self.unary()

    def unary(self) -> None:
        while self.is_p("+", "-"):
            self.take()
        self.atom()
        while True:
            if self.is_p("."):
                self.take()
                self.name()
            elif self.is_p("["):
                self.take()
                if not self.is_p(".."):
                    self.expr()
                if self.is_p(".."):
                    self.take()
                    if not self.is_p("]"):
                        self.expr()
                self.p("]")
            elif self.is_p(":") and self.tok.start == self.tokens[self.i - 1].end:
                self.labels("|")
            else:
                return

    def atom(self) -> None:
        tok = self.tok
        if tok.kind in (NUMBER, STRING, PARAM) or self.is_kw("TRUE", "FALSE", "NULL"):
            self.take()
        elif self.is_p("("):
            self.take()
            self.expr()
            self.p(")")
        elif self.is_p("["):
            self.list_or_comprehension()
        elif self.is_p("{"):
            self.map_literal()
        elif self.is_kw("CASE"):
            self.case()
        elif tok.kind == WORD and self.is_p("(", tok=self.peek()):
            self.function()
        elif tok.kind in (WORD, NAME):
            self.var()
        else:
            raise self.fail("not an allowed expression")

    def list_or_comprehension(self) -> None:
        self.p("[")
        if self.tok.kind in (WORD, NAME) and self.is_kw("IN", tok=self.peek()):
            self.var()
            self.take()
            self.expr()
            self.where()
            if self.is_p("|"):
                self.take()
                self.expr()
        elif not self.is_p("]"):
            self.expr_list("]")
        self.p("]")

    def map_literal(self) -> None:
        self.p("{")
        while not self.is_p("}"):
            self.name()
            self.p(":")
            self.expr()
            if not self.is_p(","):
                break
            self.take()
        self.p("}")

    def case(self) -> None:
        self.kw("CASE")
        if not self.is_kw("WHEN"):
            self.expr()
        while self.is_kw("WHEN"):
            self.take()
            self.expr()
            self.kw("THEN")
            self.expr()
        if self.is_kw("ELSE"):
            self.take()
            self.expr()
        self.kw("END")

    def function(self) -> None:
        name_tok = self.take()
        fname = name_tok.text.lower()
        if fname in ("all", "any", "none", "single"):
            self.p("(")
            self.var()
            self.kw("IN")
            self.expr()
            self.kw("WHERE")
            self.expr()
            self.p(")")
            return
        if fname not in FUNCTIONS:
            raise self.fail(f"function {name_tok.text}() is not on the allowed list", name_tok)
        self.p("(")
        if self.is_kw("DISTINCT"):
            self.take()
        if fname == "count" and self.is_p("*"):
            self.take()
        elif not self.is_p(")"):
            first = self.i
            self.expr_list(")")
            if fname == "range":
                self.check_range(first, name_tok)
        self.p(")")

    def constant(self, start: int, end: int) -> float:
        """The value of tokens[start:end] when it is numbers and $parameters joined by + - * only."""
        parts = []
        for tok in self.tokens[start:end]:
            if tok.kind == NUMBER:
                parts.append(repr(tok.value))
            elif tok.kind == PARAM:
                value = self.params.get(tok.value)
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(tok.text)
                parts.append(f"({value!r})")
            elif tok.kind == PUNCT and tok.text in "+-*":
                parts.append(" " + tok.text + " ")
            else:
                raise ValueError(tok.text)
        if not parts or len(parts) > 40:
            raise ValueError("not a constant")
        return eval("".join(parts), {"__builtins__": {}}, {})  # only numbers and + - * reach here

    def check_range(self, first: int, name_tok: Token) -> None:
        bounds, start = [], first
        for j in range(first, self.i + 1):
            if self.tokens[j].text in (",", ")") and self.tokens[j].kind == PUNCT:
                try:
                    bounds.append(self.constant(start, j))
                except (ValueError, TypeError):
                    raise self.fail("range() needs numbers or $parameters as bounds", name_tok) from None
                start = j + 1
        step = bounds[2] if len(bounds) > 2 else 1
        if len(bounds) < 2 or not step or abs((bounds[1] - bounds[0]) / step) + 1 > MAX_RANGE:
            raise self.fail(f"range() may produce at most {MAX_RANGE:,} values", name_tok)
