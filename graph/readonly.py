"""The guard for Cypher that is not the project's own: an allow-list parser over `graph.cypher_lexer`.

A user query (the editor, saved queries from users, their suggestion lists) must parse, token by token,
as one read-only statement of this grammar — anything else is refused, whatever its spelling:

    query    := part (UNION [ALL] part)* [;]
    part     := ([OPTIONAL] MATCH patterns [WHERE e] | UNWIND e AS v | WITH proj [WHERE e]
                | CALL proc(args) [YIELD names [WHERE e]])*  RETURN proj
    proj     := [DISTINCT] (* | e [AS v], ...) [ORDER BY e [ASC|DESC], ...] [SKIP e] [LIMIT e]

Expressions use literals, $parameters, variables, properties, lists, maps, CASE, comprehensions and the
functions in FUNCTIONS. Procedures: only the schema listings in PROCEDURES, and only on Neo4j. So there
is no write clause, LOAD FROM / LOAD CSV, COPY, INSTALL / LOAD EXTENSION, ATTACH, USE, SHOW, CALL {...}
or admin procedure to hide. Cost: range() needs bounds known before the run (literals or parameters)
spanning at most MAX_RANGE values; variable-length patterns need an upper bound of at most MAX_HOPS.
`guard()` also rewrites each RETURN's LIMIT to at most the row cap + 1, so the engine stops early. On the
embedded store a UNION's parts without a LIMIT get none (LadybugDB 0.22 crashes on some UNIONs whose parts
end in RETURN ... LIMIT, e.g. the saved `how_connected`); the row cap still holds where the rows are read.
The engines enforce read-only themselves too (READ access mode; a read-only embedded database handle).
"""
from __future__ import annotations

from typing import Optional

from graph.cypher_lexer import EOF
from graph.cypher_parser import (CLAUSES, FUNCTIONS, MAX_HOPS, MAX_RANGE, PROCEDURES,  # noqa: F401
                                  Grammar, QueryRejected)


class _Parser(Grammar):
    """The clause level of the grammar; see the module docstring."""

    def statement(self) -> None:
        if self.tok.kind == EOF:
            raise QueryRejected("the query is empty (or only comments)")
        self.part()
        while self.is_kw("UNION"):
            self.take()
            if self.is_kw("ALL"):
                self.take()
            self.part()
        if self.is_p(";"):
            self.take()
        if self.tok.kind != EOF:
            if self.tokens[self.i - 1].text == ";":
                raise self.fail("only one statement at a time")
            raise self.fail("not allowed here")

    def part(self) -> None:
        while True:
            if self.is_kw("OPTIONAL") and self.is_kw("MATCH", tok=self.peek()):
                self.take()
                self.match()
            elif self.is_kw("MATCH"):
                self.match()
            elif self.is_kw("UNWIND"):
                self.take()
                self.expr()
                self.kw("AS")
                self.var()
            elif self.opt("WITH"):
                self.projection(final=False)
                self.where()
            elif self.is_kw("CALL"):
                self.call()
                if self.tok.kind == EOF or self.is_p(";"):
                    return
            elif self.is_kw("RETURN"):
                self.take()
                self.projection(final=True)
                return
            else:
                raise self.fail("not an allowed clause")

    def match(self) -> None:
        self.kw("MATCH")
        self.listing(self.pattern)
        self.where()

    def call(self) -> None:
        start = self.take()
        parts = [self.name()]
        while self.is_p("."):
            self.take()
            parts.append(self.name())
        proc = ".".join(t.value for t in parts)
        if proc not in PROCEDURES.get(self.engine, ()):
            raise self.fail(f"procedure {proc} is not one of the allowed schema listings "
                            f"({', '.join(sorted(PROCEDURES.get(self.engine, ()))) or 'none on this engine'})",
                            start)
        self.p("(")
        if not self.is_p(")"):
            self.expr_list(")")
        self.p(")")
        if self.opt("YIELD"):
            self.listing(lambda: self.aliased(self.name))
            self.where()

    def projection(self, final: bool) -> None:
        self.opt("DISTINCT")
        if self.is_p("*"):
            self.take()
        else:
            self.listing(lambda: self.aliased(self.expr))
        if self.opt("ORDER"):
            self.kw("BY")
            self.listing(lambda: (self.expr(), self.opt("ASC", "DESC", "ASCENDING", "DESCENDING")))
        if self.opt("SKIP"):
            self.expr()
        limit = None
        if self.is_kw("LIMIT"):
            self.take()
            first = self.tok
            self.expr()
            limit = (first, self.tokens[self.i - 1])
        if final:
            self.limits.append((*(limit or (None, None)), self.tokens[self.i - 1]))



def guard(cypher: str, engine: str = "neo4j", params: Optional[dict] = None,
          row_cap: Optional[int] = None) -> str:
    """The query to run for a user, or QueryRejected: checked against the grammar and, with a row cap,
    each final RETURN limited to at most row_cap + 1 rows (so the engine stops early)."""
    if not isinstance(cypher, str) or not cypher.strip():
        raise QueryRejected("the query is empty")
    parser = _Parser(cypher, engine, params or {})
    parser.statement()
    if row_cap is None:
        return cypher
    cap, out, last = row_cap + 1, [], 0
    union = len(parser.limits) > 1
    for first, end_of_limit, end_of_return in parser.limits:
        if first is None and union and engine == "ladybug":
            continue
        if first is None:
            out.append(cypher[last:end_of_return.end] + f" LIMIT {cap}")
            last = end_of_return.end
            continue
        try:
            small = parser.constant(parser.tokens.index(first), parser.tokens.index(end_of_limit) + 1) <= cap
        except (ValueError, TypeError):
            small = False
        if not small:
            out.append(cypher[last:first.start] + str(cap))
            last = end_of_limit.end
    return "".join(out) + cypher[last:]


def check_read_only(cypher: str, engine: str = "neo4j", params: Optional[dict] = None) -> str:
    """Return the query unchanged if it parses as one allowed read-only statement; raise QueryRejected."""
    guard(cypher, engine, params)
    return cypher
