"""Deterministic synthetic news corpus for benchmarks: N wire-style articles of realistic length and
structure (direct, indirect and mixed quotes, titles and affiliations, membership lists), drawn from
thousands of people and hundreds of organisations with Zipf-like popularity.

Each article comes with the extraction it was generated from (`truth`), so store and query benchmarks
can build a large graph without paying for NLP, while ingest benchmarks run the real pipeline on the text.

    python bench/synthetic.py N OUT.jsonl        # write N articles as JSON Lines (one article a line)
"""
from __future__ import annotations

import json
import random
import sys
from bisect import bisect
from datetime import date, timedelta
from itertools import accumulate


from graph.records import Article, Entity, Extraction, Relation, Statement

FIRST = ("Anna Boris Carla Dmitry Elena Farid Grace Hassan Irina Jamal Karin Leon Maria Nikolai Olga Pavel "
         "Rania Samir Tanya Umar Vera Wei Yusuf Zara Ahmed Bianca Chen David Emma Felix Gulnara Hugo Ines "
         "Javier Kamila Lars Mei Nadia Oscar Petra Quentin Rustam Sofia Timur Ulla Viktor Wanda Xavier "
         "Yelena Zhanna Aziz Dilnoza Erlan Farhod Gaukhar Ilya Jasur Kirill Lola Marat").split()
LAST = ("Berg Novak Haddad Petrov Sato Ivanova Karimov Lindqvist Moreau Okafor Rahimov Schmidt Tanaka "
        "Usmanov Volkov Weber Yilmaz Zhukov Abdullaev Bauer Costa Dossanov Eriksen Fischer Garcia Horvat "
        "Ibragimov Jensen Kowalski Larsen Mirzaev Nazarov Orlov Popescu Quispe Rossi Sharipov Toktogulov "
        "Umarov Vasquez Wagner Xu Yusupov Zaitsev Alimov Baimukhanov Chernov Davletov Egorov Fedorov "
        "Gafurov Hakimov Ismoilov Juraev Kasymov Lebedev Mamedov Nurlanov Osipov Pak Qodirov Rakhimov "
        "Sadykov Tursunov").split()
STATES = ("Russia Uzbekistan Tajikistan Kazakhstan Kyrgyzstan Armenia Belarus Afghanistan Turkey Iran "
          "China India Pakistan Germany France Poland Ukraine Georgia Azerbaijan Turkmenistan Mongolia Japan "
          "Norway Sweden Finland Estonia Latvia Lithuania Romania Hungary Italy Spain Egypt Israel Jordan "
          "Qatar Oman Kenya Nigeria Brazil Mexico Canada Australia Indonesia Vietnam Thailand").split()
ALLIANCES = {"Collective Security Treaty Organization": ["Russia", "Armenia", "Belarus", "Kazakhstan",
                                                         "Kyrgyzstan", "Tajikistan"],
             "North Atlantic Treaty Organization": ["Turkey", "Germany", "France", "Poland", "Norway",
                                                    "Estonia", "Latvia", "Lithuania", "Romania", "Canada"],
             "Shanghai Cooperation Organisation": ["China", "Russia", "India", "Pakistan", "Kazakhstan",
                                                   "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Iran"],
             "European Union": ["Germany", "France", "Poland", "Sweden", "Finland", "Italy", "Spain"]}
ROLES = ["Foreign Minister", "Defence Minister", "Interior Minister", "spokesman", "spokeswoman",
         "political analyst", "senior fellow", "ambassador", "border commander", "deputy head",
         "security adviser", "envoy"]
ORG_KINDS = ["Institute for Strategic Studies", "Security Council", "Foreign Ministry", "Border Service",
             "Centre for Regional Policy", "National Guard", "Central Bank", "Energy Agency"]
GROUPS = ["Liberation Front", "Mountain Brigades", "Islamic Movement", "Revolutionary Army", "Border Legion"]
VERBS = ["said", "told reporters", "added", "warned", "argued", "stressed", "noted"]
TOPICS = ["the border talks", "the joint drills", "the new pipeline", "the refugee flows", "the sanctions",
          "the water agreement", "the election monitors", "the trade corridor", "the arms deliveries"]
CLAIMS = ["would not change its position on {t}", "was ready to discuss {t} with {s}",
          "had no evidence that {s} was behind {t}", "expected progress on {t} before the summer",
          "saw {t} as a threat to regional stability", "would ask {s} to explain {t}"]
FILLER = ["Officials in {s} have not published a timetable for {t}.",
          "Talks on {t} stalled last year after a dispute over funding.",
          "Diplomats from {s} and {s2} met twice last month to discuss {t}.",
          "The next round of consultations is planned for the autumn."]


class Zipf:
    def __init__(self, items: list, rng: random.Random, s: float = 1.1):
        self.items, self.rng = items, rng
        self.cum = list(accumulate(1 / (rank ** s) for rank in range(1, len(items) + 1)))

    def pick(self):
        return self.items[bisect(self.cum, self.rng.random() * self.cum[-1])]


class Generator:
    def __init__(self, seed: int = 42, people: int = 4000):
        self.rng = rng = random.Random(seed)
        names = [f"{f} {last}" for f in FIRST for last in LAST]
        rng.shuffle(names)
        orgs = [f"{k} of {s}" for s in STATES for k in ORG_KINDS]
        rng.shuffle(orgs)
        self.people = [(n, rng.choice(ROLES), rng.choice(STATES + orgs[:200])) for n in names[:people]]
        self.states, self.orgs = Zipf(STATES, rng), Zipf(orgs[:400], rng)
        self.speakers = Zipf(self.people, rng)
        self.groups = [f"{g} of {s}" for s in STATES[:12] for g in GROUPS]
        self.outlets = [f"{w} {k}" for w in ("Caspian", "Northern", "Steppe", "Pamir", "Baltic", "Eastern")
                        for k in ("Wire", "Daily", "Ledger", "Post", "Herald")]

    def article(self, number: int) -> tuple[Article, Extraction]:
        rng = self.rng
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        outlet = rng.choice(self.outlets)
        topic = rng.choice(TOPICS)
        state = self.states.pick()
        parts: list[str] = []
        pos = 0
        ents: dict[str, Entity] = {state: Entity(name=state, type="State")}
        statements, relations = [], []

        def add(text: str) -> int:
            nonlocal pos
            start = pos
            parts.append(text)
            pos += len(text)
            return start

        add(f"{state} and {topic}: officials trade words\nPublished: {day.isoformat()}\nOutlet: {outlet}\n\n")
        add(f"{state.upper()}, {day.strftime('%B')} {day.day} ({outlet}) - ")
        if rng.random() < 0.3:
            alliance = rng.choice(list(ALLIANCES))
            members = ALLIANCES[alliance]
            ents[alliance] = Entity(name=alliance, type="Alliance")
            for m in members:
                ents.setdefault(m, Entity(name=m, type="State"))
                relations.append(Relation(source=m, type="MEMBER_OF", target=alliance))
            add(f"The {alliance}, comprising {', '.join(members[:-1])} and {members[-1]}, is watching "
                f"{topic} closely. ")
        for _ in range(rng.randint(6, 10)):
            name, role, org = self.speakers.pick()
            other = self.states.pick()
            ents.setdefault(other, Entity(name=other, type="State"))
            kind_org = "State" if org in STATES else "Organization"
            ents.setdefault(org, Entity(name=org, type=kind_org))
            ents[name] = Entity(name=name, type="Person", roles=[role], affiliations=[org])
            relations.append(Relation(source=name, type="AFFILIATED_WITH", target=org, role=role))
            claim = rng.choice(CLAIMS).format(t=topic, s=other)
            verb = rng.choice(VERBS)
            if rng.random() < 0.5:
                quote = f"We {claim.replace('would', 'will').replace('was', 'are').replace('had', 'have')}"
                add(f"\"")
                start = add(quote)
                add(f",\" {name}, {role} of {org}, {verb}. ")
                kind, text = "direct", quote
            else:
                add(f"{role[0].upper() + role[1:]} {name} of {org} {verb} that ")
                start = add(f"{other} {claim}")
                add(". ")
                kind, text = "indirect", f"{other} {claim}"
            statements.append(Statement(speaker=name, text=text, start=start, end=start + len(text),
                                        kind=kind, cue=verb.split()[0], date=day.isoformat(),
                                        about=[other]))
            for _ in range(2):
                add(rng.choice(FILLER).format(s=self.states.pick(), s2=self.states.pick(), t=topic) + " ")
            add("\n\n")
        text = "".join(parts)
        source = f"synthetic-{number:06d}.txt"
        ents[outlet] = Entity(name=outlet, type="Media")
        article = Article(source=source, text=text, title=text.split("\n", 1)[0],
                          published=day.isoformat(), outlet=outlet)
        truth = Extraction(source=source, title=article.title, published=article.published,
                           entities=list(ents.values()), statements=statements, relations=relations,
                           outlet=outlet)
        return article, truth

    def articles(self, n: int):
        for i in range(n):
            yield self.article(i)


def write_jsonl(n: int, path: str, seed: int = 42) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for article, _ in Generator(seed).articles(n):
            out.write(json.dumps({"text": article.text, "title": article.title, "published": article.published,
                                  "source": article.outlet, "url": f"https://example.invalid/{article.source}"})
                      + "\n")


if __name__ == "__main__":
    write_jsonl(int(sys.argv[1]), sys.argv[2])
