#!/usr/bin/env python3
"""Generate a synthetic corpus of weekly link-roundup posts in the Hugo format.

The posts follow the real format (see FORMAT.md in the shared folder): YAML
front matter, an intro that ends at <!--more-->, topic sections of link items
written with reference-style links, a WIND (What Is Nora Doing) section of
prose about events, a "~ Finally" section and numbered reference definitions at
the end. A few items use inline links and a few point at earlier posts with a
Hugo relref shortcode.

Text is word salad with a natural spread: words are drawn from a fixed
vocabulary (function words, technical terms, common English words and a long
tail of pronounceable pseudo-words) with a Zipf-like distribution, so a few
words are very common and most are rare. Domains are drawn the same way.

The output depends only on the arguments: the same --seed and sizes give
byte-identical files. Posts are written one at a time; memory use does not
grow with --count (only the file names are kept, for relref destinations).

Usage:
    python3 bench/generate_roundups.py --count 500 --seed 42 --out /tmp/corpus
    python3 bench/generate_roundups.py --count 100000 --links-per-post 10 \
        --seed 1 --out /tmp/corpus-100k

Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sys
import time
from array import array
from bisect import bisect_right
from itertools import accumulate

# ---------------------------------------------------------------------------
# Vocabulary. Order matters: rank 1 is the most frequent word.
# ---------------------------------------------------------------------------

# The most frequent words, roughly in the order they show up in tech blogging.
FUNCTION_WORDS = """
the of and to a in is that for it with as on this be are by from at an or
how we you can post about which have not but all their more what new use data
also will when its into they has so some was one there these I my if them
other than it's then only like while our both just very most way any each such
do does using been through where because over out about who well much many
what's between them first time now even here how make up may should could
would two those after before own same being see well here's part next three
""".split()

# Technical terms and product names, with their usual spelling.
TECH_WORDS = """
Kafka Azure Kubernetes OpenAI ChatGPT LLM LLMs Python SQL Spark Flink
Databricks Snowflake PostgreSQL Docker Dapr gRPC JSON API APIs latency
throughput pipeline pipelines schema partition partitions consumer consumers
producer producers broker brokers cluster clusters vector vectors embedding
embeddings transformer transformers inference fine-tuning prompt prompts agent
agents retrieval RAG streaming event-driven microservices observability
OpenTelemetry Grafana Prometheus Redis Cassandra MongoDB DuckDB ClickHouse
Iceberg Parquet Arrow Delta Lakehouse warehouse lakehouse ksqlDB Confluent
RisingWave Pulsar Redpanda Debezium CDC connector connectors topic topics
stream streams table tables query queries index indexes join joins
materialized views view aggregation window windows watermark state stateful
stateless serverless function functions container containers pod pods
operator operators deployment scaling autoscaling shard sharding replica
replication consensus Raft Paxos leader follower quorum transaction
transactions isolation snapshot lock locking deadlock MVCC WAL checkpoint
compaction storage compute memory CPU GPU GPUs TPU CUDA PyTorch TensorFlow
Keras scikit-learn pandas NumPy Jupyter notebook notebooks model models
training dataset datasets feature features label labels classifier
regression clustering gradient neural network networks deep learning
reinforcement diffusion token tokens tokenizer context attention LoRA
quantization benchmark benchmarks evaluation hallucination alignment safety
Copilot Gemini Claude Llama Mistral Phi Semantic Kernel LangChain
LlamaIndex Ollama HuggingFace vLLM Triton ONNX Fabric Synapse Purview
Cosmos Functions Service Bus Event Hubs Grid Entra Bicep Terraform Pulumi
Ansible Helm Istio Envoy Linkerd eBPF Cilium WebAssembly Wasm Rust Go Java
Kotlin Scala C# F# .NET TypeScript JavaScript Node.js Deno Bun React Blazor
ASP.NET Orleans Akka actor actors async await coroutine coroutines thread
threads concurrency parallelism SIMD vectorization compiler compilers runtime
garbage collector allocation heap stack JIT AOT GraalVM Quarkus Spring
Micronaut Helidon Vert.x Netty HTTP REST GraphQL WebSocket TCP QUIC TLS
OAuth OIDC identity security encryption secrets vulnerability CVE
supply-chain SBOM GitHub GitLab Actions CI/CD DevOps MLOps LLMOps DataOps
platform engineering SRE incident outage postmortem resilience chaos
reliability availability durability consistency eventual idempotent
exactly-once at-least-once backpressure batching buffering caching cache
CDN edge IoT telemetry metrics logs traces tracing dashboard alerting
SQL Server T-SQL Azure Data Explorer KQL Kusto Power BI Excel Synapse
ADX Fabric OneLake Mirroring Copilot Studio semantic search vector database
pgvector Pinecone Weaviate Qdrant Milvus Chroma Elasticsearch OpenSearch Solr
Lucene BM25 reranking chunking ingestion ETL ELT dbt Airflow Dagster Prefect
orchestration workflow workflows Temporal saga outbox CQRS DDD hexagonal
monolith modular architecture architect architects design pattern patterns
anti-patterns trade-offs migration migrations upgrade release preview GA
""".split()

# Common English content words.
ENGLISH_WORDS = """
time way people look work make system build built building need needs want
wants know known think good great interesting article articles blog author
authors series looks explains explain explained discusses discuss covers
cover covered shows show showed describes describe described introduces
introduce introduced walks through example examples code sample samples
approach approaches problem problems solution solutions challenge challenges
issue issues question questions answer answers reason reasons result results
performance cost costs value values benefit benefits impact change changes
team teams company companies customer customers user users developer
developers engineer engineers organisation organisations business industry
world future past present year years week weeks month months day days
hour hours minute minutes second seconds moment lot lots bit bits number
numbers part parts piece pieces section sections chapter chapters book books
talk talks session sessions presentation presentations video videos podcast
episode episodes interview conversation discussion community conference
conferences event events meetup meetups workshop workshops tutorial
tutorials guide guides introduction overview deep-dive walkthrough
step steps detail details idea ideas concept concepts principle principles
practice practices lesson lessons experience experiences journey story
stories insight insights view perspective opinion thought thoughts
important useful practical simple complex hard easy difficult common rare
real real-time modern traditional classic popular powerful efficient
effective reliable scalable robust flexible fast faster fastest slow slower
large larger small smaller big bigger huge tiny high low higher lower
better best worse worst new newer latest recent early late open closed
free paid enterprise cloud native hybrid local remote global distributed
central single multiple several various different similar same whole full
entire complete partial final initial main key core basic advanced
excellent awesome brilliant amazing fascinating compelling clear detailed
thorough comprehensive quick short long brief concise well-written
fun funny serious critical major minor likely possible impossible
read reading write writing run running test testing deploy deploying
learn learning teach teaching try trying start starting stop stopping
create creating manage managing handle handling process processing move
moving store storing load loading query querying search searching find
finding fix fixing debug debugging monitor monitoring measure measuring
improve improving reduce reducing increase increasing optimise optimising
compare comparing choose choosing decide deciding plan planning share
sharing connect connecting integrate integrating combine combining split
splitting ship shipping launch launching announce announced announcement
release released support supports supported provide provides provided
offer offers offered allow allows allowed enable enables enabled require
requires required include includes included contain contains contained
focus focuses focused highlight highlights highlighted mention mentions
mentioned argue argues argued claim claims claimed suggest suggests
suggested recommend recommends recommended believe believes believed
enjoy enjoyed love loved like liked hope hoped wish wished forward
looking waiting coming going getting making taking giving keeping
beer coffee weekend holiday family friend friends colleague colleagues
mate mates boss office home city country road trip travel flight hotel
morning evening night today tomorrow yesterday soon later again still
already always never often sometimes usually rarely perhaps maybe probably
certainly definitely indeed actually really quite rather pretty fairly
almost nearly exactly roughly around across along among within without
under above below behind beyond during since until towards upon via
versus per inside outside everything something nothing anything everyone
someone anyone nobody thing things stuff kind kinds sort sorts type types
level levels layer layers stage stages phase phases area areas field fields
space room place places point points line lines side sides end ends edge
top bottom front back middle center heart mind eye eyes hand hands head
face voice word words name names language languages letter letters text
texts document documents file files folder folders page pages site sites
link links list lists item items entry entries record records row rows
column columns cell cells key keys field map maps graph graphs tree trees
node nodes edge edges path paths route routes request requests response
responses message messages payload payloads format formats version
versions config configuration settings option options flag flags rule
rules policy policies contract contracts interface interfaces boundary
boundaries domain domains service services application applications app
apps tool tools framework frameworks library libraries package packages
module modules component components plugin plugins extension extensions
engine engines server servers client clients machine machines device
devices hardware software product products feature release roadmap
vision strategy goal goals target targets budget risk risks quality
speed scale size growth success failure error errors bug bugs test tests
demo demos slide slides keynote panel audience speaker speakers organiser
organisers volunteer volunteers sponsor sponsors venue ticket tickets
""".split()

MORE_ENGLISH_WORDS = """
account accounts action actions activity address advice age agreement air
amount analysis analyst animal answer argument arrival art aspect
assessment assumption attempt attitude basis battle behaviour belief bill
birth block board body bone border box brain branch bread break breakfast
bridge budget button call camera campaign capacity capital card care career
case cash category cause chain chair chance character charge chart check
choice church circle citizen claim class clock cloud club coach coast code
collection college colour comfort command comment commit committee
comparison competition complaint condition connection constraint
construction contact content context control conversion copy corner count
couple course court cover crash credit crew crime crowd culture cup
currency current curve cycle damage danger deal debate decade decision
default definition degree delay delivery demand department deposit depth
desk destination development dialogue diet difference dimension direction
director disk distance distinction distribution dock dog door draft dream
drive driver drop duty effect effort election element emphasis employee
energy entrance environment equipment estimate evidence exam exception
exchange exercise expansion expectation expense expert explanation
exposure expression factor fact failure fan fashion fault fear fee
feedback figure film finding fire firm fish flow food force forest form
fortune foundation frame freedom fuel function game garden gate gap gear
generation gift glass grade grant ground group growth guard guest guidance
habit hall hat health height help history hole horse host house housing
image income independence index indication influence information
infrastructure initiative injury input inspection instance instruction
insurance intention interest investment island job joke judge judgment
kernel kitchen knowledge lab labour lake land law lead leader lecture leg
length lens lesson lever licence lifecycle light limit listener loan
location logic loop loss luck lunch magazine manager manner margin market
marriage material matter meal meaning meeting member memory menu method
middle milestone mission mistake mix mobile mode moment money mood motion
mountain mouse movie music nature negotiation network news noise note
notice object objective observation occasion offer officer oil operation
opportunity order origin outcome output owner pace pain paint pair paper
parameter parent partner party passage passion password patch patience
payment peace penalty period permission person phone photo picture pilot
pipe pitch planet player pleasure pocket poem poet police portion position
pot power pressure price pride priority prize procedure profile profit
program progress project promise proof property proposal protection
provider purpose puzzle quarter race radio range rate ratio reaction
reader reality recipe recovery reference reflection region relation
relationship reputation research resource respect rest review reward
rhythm river role roof root round routine salary sale salt sample scene
schedule scheme science scope score screen script sea season seat secret
selection sense sequence setting shape shift ship shop signal signature
silence skill sky sleep slice snow society source speech spirit sport
spot spring square staff standard star statement station status step
stock stone strain strategy strength string structure student studio
subject success suggestion summary summer supply surface surprise survey
switch symbol tale task tax tea teacher technique technology temperature
tension term territory theory ticket title tone topic total tour town
track trade tradition traffic trail train transfer transition treatment
trend trial trick trouble truth tune union unit university update usage
user variable variety vehicle venture vessel village visit volume walk
wall wave wealth weather website weight wheel window winner winter wire
wisdom witness wonder wood worker workload yard youth zone
""".split()

SYLLABLE_ONSETS = "b c d f g h k l m n p r s t v z br dr gr kr pl st tr".split()
SYLLABLE_VOWELS = "a e i o u a e i o ai ea oo".split()
SYLLABLE_CODAS = ["", "", "", "n", "r", "s", "l", "t", "x"]
PREFIXES = ["re", "un", "pre", "multi", "co", "over", "micro", "auto", "self-", "non-",
            "sub", "inter", "hyper", "de", "cross-"]
SUFFIXES = ["s", "ed", "ing", "er", "ers", "ly", "ness", "able", "less", "ism", "ify",
            "wise", "ful", "ish", "ity"]


def _pseudo_words(count: int, salt: str, taken: set[str]) -> list[str]:
    """Short pronounceable made-up words (fixed, not seed-dependent)."""
    rng = random.Random(f"roundup-pseudo-{salt}")
    out: list[str] = []
    while len(out) < count:
        syllables = rng.choice((2, 2, 2, 3))
        word = "".join(
            rng.choice(SYLLABLE_ONSETS) + rng.choice(SYLLABLE_VOWELS) + rng.choice(SYLLABLE_CODAS)
            for _ in range(syllables)
        )
        if not 4 <= len(word) <= 10 or word in taken:
            continue
        taken.add(word)
        out.append(word)
    return out


def _derived_words(stems: list[str], count: int, taken: set[str]) -> list[str]:
    """Real stems with affixes ("redeploy", "clusterless"): a believable long tail."""
    rng = random.Random("roundup-derived-v1")
    stems = [w for w in stems if w.isalpha() and w.islower() and len(w) > 3]
    out: list[str] = []
    while len(out) < count:
        stem = rng.choice(stems)
        word = rng.choice(PREFIXES) + stem if rng.random() < 0.4 else stem + rng.choice(SUFFIXES)
        if word in taken:
            continue
        taken.add(word)
        out.append(word)
    return out


def _dedupe(words: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for w in words:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def build_vocabulary(extra_tail: int = 0) -> tuple[list[str], list[str]]:
    """Return (all words by rank, content words by rank): a few thousand words.

    Rank order: function words first, then real content words (shuffled with a
    fixed seed so technical terms and English words mix), then the long tail of
    derived words and made-up words.
    """
    function = _dedupe(FUNCTION_WORDS)
    fset = set(function)
    real = _dedupe([w for w in TECH_WORDS + ENGLISH_WORDS + MORE_ENGLISH_WORDS if w not in fset])
    random.Random("roundup-rank-v1").shuffle(real)
    taken = {w.lower() for w in function + real}
    tail = _derived_words(real, 1400, taken) + _pseudo_words(700, "words", taken)
    random.Random("roundup-tail-v1").shuffle(tail)
    content = real + tail
    if extra_tail:
        # --rare-words: appended after every other rank, so the first ranks (and the default output) stay
        # as they were, and each extra word is rarer than the last: a realistic long tail for search.
        content = content + _pseudo_words(extra_tail, "rare", taken)
    return function + content, content


def title_form(word: str) -> str:
    return word[:1].upper() + word[1:] if word[:1].islower() else word


class ZipfSampler:
    """Draws words with probability ~ 1 / (rank + q)**s, in bulk and fast.

    A lookup table of 2**20 slots holds each word in proportion to its
    probability (at least one slot each), so a draw is one table lookup of a
    random 32-bit integer. Draws are buffered; the stream is deterministic.
    """

    TABLE_BITS = 20
    CHUNK = 1 << 16

    def __init__(self, rng: random.Random, words: list[str], s: float, q: float = 0.0,
                 transform=None):
        size = 1 << self.TABLE_BITS
        # Zipf-Mandelbrot: weight ~ 1 / (rank + q)**s
        weights = [1.0 / ((rank + q) ** s) for rank in range(1, len(words) + 1)]
        total = sum(weights)
        counts = [max(1, round(w / total * size)) for w in weights]
        counts[0] += size - sum(counts)
        if counts[0] < 1:
            raise ValueError("vocabulary too large for the lookup table")
        table: list[str] = []
        for word, n in zip(words, counts):
            table.extend([transform(word) if transform else word] * n)
        self._table = table
        self._shift = 32 - self.TABLE_BITS
        self._rng = rng
        self._buf: list[str] = []
        self._pos = 0
        self._typecode = "I" if array("I").itemsize == 4 else "L"

    def _refill(self, need: int) -> None:
        k = max(need, self.CHUNK)
        raw = array(self._typecode)
        raw.frombytes(self._rng.randbytes(4 * k))
        if sys.byteorder == "big":
            raw.byteswap()
        table, shift = self._table, self._shift
        self._buf = [table[x >> shift] for x in raw]
        self._pos = 0

    def take(self, n: int) -> list[str]:
        if self._pos + n > len(self._buf):
            self._refill(n)
        pos = self._pos
        self._pos = pos + n
        return self._buf[pos:pos + n]


class WeightedChoice:
    """Zipf-weighted choice over a small list, using the structure RNG."""

    def __init__(self, items: list, s: float):
        self.items = items
        self.cum = list(accumulate(1.0 / (r ** s) for r in range(1, len(items) + 1)))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect_right(self.cum, rng.random() * self.total)]


# ---------------------------------------------------------------------------
# Domains, headings, tags, events.
# ---------------------------------------------------------------------------

KNOWN_DOMAINS = """
medium.com www.confluent.io www.infoq.com towardsdatascience.com
devblogs.microsoft.com learn.microsoft.com github.com arxiv.org
techcommunity.microsoft.com www.databricks.com netflixtechblog.com
aws.amazon.com cloud.google.com www.youtube.com martinfowler.com
www.kdnuggets.com thenewstack.io www.microsoft.com blog.acolyer.org
www.theverge.com www.wired.com openai.com huggingface.co
www.anthropic.com engineering.fb.com blog.cloudflare.com
www.uber.com dropbox.tech slack.engineering eng.lyft.com
www.redpanda.com risingwave.com www.decodable.co www.striim.com
flink.apache.org kafka.apache.org spark.apache.org www.postgresql.org
duckdb.org clickhouse.com www.snowflake.com www.starburst.io
dev.to hackernoon.com www.freecodecamp.org realpython.com
www.baeldung.com quarkus.io spring.io www.docker.com kubernetes.io
dapr.io opentelemetry.io grafana.com www.elastic.co www.mongodb.com
redis.io www.cockroachlabs.com www.yugabyte.com www.timescale.com
neon.tech supabase.com vercel.com www.pinecone.io weaviate.io
qdrant.tech www.llamaindex.ai blog.langchain.dev ollama.com
www.sqlskills.com www.brentozar.com www.sqlshack.com sqlperformance.com
www.mssqltips.com www.red-gate.com azure.microsoft.com
blog.revolutionanalytics.com www.r-bloggers.com simonwillison.net
jvns.ca danluu.com www.allthingsdistributed.com highscalability.com
""".split()

TLDS = ["com", "com", "com", "io", "io", "dev", "net", "org", "ai", "co", "tech", "blog"]

DOMAIN_PREFIXES = ["", "", "", "www.", "blog.", "engineering.", "dev.", "eng."]

HEADINGS = [
    # (heading, weight); list order is the usual order inside a post.
    ("Misc.", 5), ("Distributed Computing", 9), ("Big Data", 5),
    ("Cloud", 3), ("Azure", 2), ("Kubernetes", 2), ("DevOps", 2),
    ("Security", 2), ("Programming Languages", 2), (".NET", 5),
    ("Java", 2), ("Databases", 5), ("SQL Server", 6),
    ("Azure Data Explorer", 6), ("Data Architecture", 3),
    ("Data Engineering", 3), ("Data Science", 7), ("Machine Learning", 3),
    ("AI/ML", 6), ("Machine Learning / AI", 2),
    ("Data Science / Machine Learning", 2), ("Generative AI", 10),
    ("Large Language Models", 2), ("Vector Databases", 1),
    ("Streaming", 10), ("Apache Kafka", 3), ("Stream Processing", 2),
    ("Observability", 1), ("Podcast", 4), ("Videos", 1),
]

BASE_TAGS = """
distributed computing|Kubernetes|Dapr|Kafka|RisingWave|Streamprocessing|AI/ML
|Generative AI|streaming|SQL Server|Azure|Azure Data Explorer|KQL|Kusto|.NET
|Python|Spark|Flink|Databricks|Snowflake|PostgreSQL|Docker|OpenAI|ChatGPT
|LLM|LLMs|Semantic Kernel|LangChain|Copilot|Microsoft Fabric|Power BI|Synapse
|Cosmos DB|Event Hubs|Service Bus|Azure Functions|Terraform|Bicep|Helm|Istio
|Envoy|eBPF|WebAssembly|Rust|Go|Java|Kotlin|Scala|TypeScript|JavaScript
|Node.js|React|Blazor|ASP.NET|Orleans|Akka|actors|gRPC|REST|GraphQL
|OpenTelemetry|observability|Grafana|Prometheus|Redis|Cassandra|MongoDB
|DuckDB|ClickHouse|Apache Iceberg|Parquet|Apache Arrow|Delta Lake|lakehouse
|data warehouse|ksqlDB|Confluent|Pulsar|Redpanda|Debezium|CDC|Kafka Connect
|Kafka Streams|event-driven|microservices|serverless|consensus|Raft
|transactions|databases|vector databases|pgvector|Pinecone|Weaviate|Qdrant
|Elasticsearch|OpenSearch|search|RAG|embeddings|transformers|PyTorch
|TensorFlow|scikit-learn|pandas|NumPy|Jupyter|data science|machine learning
|deep learning|neural networks|reinforcement learning|MLOps|LLMOps|DataOps
|DevOps|CI/CD|GitHub|GitHub Actions|platform engineering|SRE|resilience
|chaos engineering|security|identity|OAuth|encryption|supply chain|big data
|Hadoop|ETL|dbt|Airflow|Dagster|Temporal|workflow|CQRS|DDD|architecture
|design patterns|performance|benchmarks|GPU|CUDA|compilers|GraalVM|Quarkus
|Spring|HTTP|QUIC|networking|IoT|edge computing|Data Saturday|conferences
|podcast|community|Llama|Mistral|Gemini|Claude|Ollama|HuggingFace|vLLM
|prompt engineering|agents|AI agents|Windows|Linux|WSL|VS Code
""".replace("\n", "").split("|")

CITIES = [
    "Cape Town", "Johannesburg", "Durban", "Pretoria", "Stellenbosch",
    "Gqeberha", "Bloemfontein", "East London", "Windhoek", "Gaborone",
    "Nairobi", "Lagos", "Accra", "London", "Stockholm", "Oslo", "Amsterdam",
    "Lisbon", "Dublin", "Copenhagen",
]
EVENT_KINDS = [
    ("Data Saturday {city}", "datasaturdays.com", 6),
    ("SQL Saturday {city}", "sqlsaturday.com", 2),
    ("AI & Data Infusion Roadshow {city}", "aidatainfusion.org", 2),
    (".NET Conference {city}", "dotnetconf.example.org", 2),
    ("Global AI Bootcamp {city}", "globalai.community", 2),
    ("{city} Kafka Meetup", "www.meetup.com", 2),
    ("Azure Community Day {city}", "azurecommunity.example.org", 1),
    ("Developer Day {city}", "devday.example.org", 1),
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIRST_NAMES = ["Simon", "Dean", "Thandi", "Pieter", "Aisha", "Lerato", "Johan", "Priya",
               "Marta", "Kwame", "Elena", "Tomas", "Sipho", "Hannah", "Ravi", "Zanele"]
LAST_NAMES = ["Headley", "Martin", "Nkosi", "van der Merwe", "Patel", "Mokoena", "Botha",
              "Naidoo", "Kowalski", "Mensah", "Rossi", "Novak", "Dlamini", "Schmidt"]
SEPARATORS = [(". ", 80), (": ", 8), (" - ", 6), (" \u2014 ", 3), (", ", 3)]
INTRO_VERBS = ["discover", "explore", "dive into", "read about", "learn about", "look at"]

SLUG_RE = re.compile(r"[^a-z0-9]+")


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def slugify(text: str) -> str:
    return SLUG_RE.sub("-", text.lower()).strip("-")


# ---------------------------------------------------------------------------
# The generator.
# ---------------------------------------------------------------------------

class RoundupGenerator:
    # Past this, start over from --start-date with a "-2", "-3"... suffix; it
    # leaves room for event dates a few months after the last post.
    MAX_DATE = dt.date(9999, 6, 1)

    def __init__(self, seed: int, links_per_post: int, start: dt.date, rare_words: int = 0):
        self.rng = random.Random(seed)
        word_rng = random.Random(f"{seed}-words")
        words, content = build_vocabulary(rare_words)
        self.body = ZipfSampler(word_rng, words, 1.07, q=2.7)
        self.titles = ZipfSampler(word_rng, content, 1.0, q=15, transform=title_form)
        self.domains = WeightedChoice(self._domains(), 1.1)
        self.tags = WeightedChoice(BASE_TAGS, 0.8)
        self.event_kinds = [(n, d) for n, d, w in EVENT_KINDS for _ in range(w)]
        self.heading_cum = list(accumulate(w for _, w in HEADINGS))
        self.links_per_post = links_per_post
        self.spread = round(links_per_post * 0.2)
        while start.weekday() != 6:  # posts are published on Sundays
            start += dt.timedelta(days=1)
        self.start = start
        self.date = start
        self.cycle = 0
        self.names: list[str] = []
        self.event: dict | None = None
        self.link_counter = 0
        self.post_date = start

    # -- small pieces --------------------------------------------------------

    def _domains(self) -> list[str]:
        rng = random.Random("roundup-domains-v1")
        made = []
        pseudo = _pseudo_words(300, "domains", set())
        for i, word in enumerate(pseudo):
            if len(made) >= 220:
                break
            prefix = DOMAIN_PREFIXES[i % len(DOMAIN_PREFIXES)]
            made.append(f"{prefix}{word}.{rng.choice(TLDS)}")
        domains = list(KNOWN_DOMAINS)
        # Interleave so that a few invented domains are fairly common too.
        for i, d in enumerate(made):
            domains.insert(min(len(domains), 8 + i * 2), d)
        return _dedupe(domains)

    def sentence(self, lo: int = 6, hi: int = 17) -> str:
        rng = self.rng
        words = self.body.take(rng.randint(lo, hi))
        if len(words) > 8 and rng.random() < 0.3:
            i = rng.randint(3, len(words) - 4)
            words[i] += ","
        first = words[0]
        words[0] = first[:1].upper() + first[1:]
        end = "." if rng.random() < 0.93 else ("!" if rng.random() < 0.6 else "?")
        return " ".join(words) + end

    def sentences(self, lo: int, hi: int) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(lo, hi)))

    def title(self) -> str:
        rng = self.rng
        words = self.titles.take(rng.randint(3, 7))
        r = rng.random()
        if r < 0.35:
            words.insert(rng.randint(1, len(words) - 1),
                         rng.choice(("with", "and", "for", "in", "of", "on", "to", "using", "vs.")))
        text = " ".join(words)
        r = rng.random()
        if r < 0.2:
            text += ": " + " ".join(self.titles.take(rng.randint(2, 5)))
        elif r < 0.25:
            text += f" - Part {rng.randint(1, 6)}"
        elif r < 0.28:
            text += "?"
        return text

    def url(self, title: str) -> str:
        rng = self.rng
        self.link_counter += 1
        domain = self.domains.pick(rng)
        slug = slugify(title)[:80].rstrip("-") or "post"
        style = hash_style(domain)
        if style == 0:
            return f"https://{domain}/blog/{slug}/"
        if style == 1:
            return f"https://{domain}/{slug}-{rng.getrandbits(48):012x}"
        if style == 2:
            d = self.post_date - dt.timedelta(days=rng.randint(1, 20))
            return f"https://{domain}/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/"
        if style == 3:
            return f"https://{domain}/en-us/blog/{slug}"
        if style == 4:
            return f"https://{domain}/posts/{slug}.html"
        if style == 5:
            return f"https://{domain}/story/{slug}-{self.link_counter}/"
        if style == 6:
            return f"https://{domain}/episodes/{rng.randint(1, 900)}-{slug}"
        return f"https://{domain}/{slug}"

    def pick_heading_indexes(self, k: int) -> list[int]:
        rng = self.rng
        chosen: set[int] = set()
        total = self.heading_cum[-1]
        while len(chosen) < k:
            chosen.add(bisect_right(self.heading_cum, rng.random() * total))
        return sorted(chosen)

    def pick_tags(self) -> list[str]:
        rng = self.rng
        want = rng.randint(3, 8)
        seen: set[str] = set()
        tags = []
        while len(tags) < want:
            tag = self.tags.pick(rng)
            if tag.lower() in seen:
                continue
            seen.add(tag.lower())
            r = rng.random()
            if r < 0.3:
                tag = tag.lower()
            elif r < 0.38:
                tag = " ".join(title_form(w) for w in tag.split(" "))
            tags.append(tag)
        return tags

    def person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    # -- events for the WIND section ----------------------------------------

    def next_event(self, post_date: dt.date) -> dict:
        rng = self.rng
        name_tpl, host = rng.choice(self.event_kinds)
        city = rng.choice(CITIES)
        day = post_date + dt.timedelta(days=6 + 7 * rng.randint(0, 7))  # a Saturday
        name = name_tpl.format(city=city)
        return {
            "name": name,
            "date": day,
            "url": f"https://{host}/{day.isoformat()}-{slugify(name)}/",
            "sessions": [self.title() for _ in range(rng.randint(1, 2))],
        }

    def date_phrase(self, day: dt.date, post_date: dt.date) -> str:
        rng = self.rng
        month = MONTHS[day.month - 1]
        if (day - post_date).days == 6:
            return rng.choice((
                "next Saturday",
                f"this coming Saturday, {month} {day.day},",
                f"on Saturday ({ordinal(day.day)} of {month})",
            ))
        r = rng.random()
        if r < 0.4:
            return f"on the {ordinal(day.day)} of {month}"
        if r < 0.7:
            return f"on {month} {day.day}"
        if r < 0.9:
            weekday = WEEKDAYS[day.weekday()] if rng.random() < 0.9 else rng.choice(WEEKDAYS)
            return f"on {weekday}, {month} {ordinal(day.day)}"
        nxt = MONTHS[day.month % 12]
        return f"in late {month} or early {nxt}"

    def wind(self, post_date: dt.date, ref: int, refs: list[str]) -> tuple[list[str], str]:
        """Return (paragraphs, one-line event note for intro/description)."""
        rng = self.rng
        ev = self.event
        if ev is None or ev["date"] < post_date - dt.timedelta(days=7):
            ev = self.event = self.next_event(post_date)
        refs.append(f"[{ref}]: {ev['url']}")
        name = ev["name"]
        paras = []
        if ev["date"] > post_date:
            when = self.date_phrase(ev["date"], post_date)
            sessions = ev["sessions"]
            if len(sessions) == 1:
                paras.append(f"[**{name}**][{ref}] is coming up {when}, and I am presenting "
                             f"**{sessions[0]}**. {self.sentences(1, 2)}")
            else:
                paras.append(f"[**{name}**][{ref}] is coming up {when}. I am presenting two sessions:")
                paras.append("\n".join(f"* **{s}** - {self.sentence()}" for s in sessions))
            paras.append(f"{name} is free, so if you are in the area, please [register][{ref}] "
                         f"and come along. {self.sentence()}")
            note = f"Join me at {name} {when.rstrip(',')}."
        else:
            paras.append(f"Yesterday I was at [**{name}**][{ref}], where I presented "
                         f"**{ev['sessions'][0]}**. {self.sentences(1, 3)}")
            note = f"A look back at {name}."
        if rng.random() < 0.5:
            paras.append(self.sentences(2, 4))
        if rng.random() < 0.25:
            later = post_date + dt.timedelta(days=rng.randint(40, 120))
            other = rng.choice(self.event_kinds)[0].format(city=rng.choice(CITIES))
            paras.append(f"Looking further ahead, **{other}** is pencilled in for late "
                         f"{MONTHS[later.month - 1]} or early {MONTHS[later.month % 12]}. "
                         f"{self.sentence()}")
        return paras, note

    # -- one post -------------------------------------------------------------

    def next_name(self) -> tuple[str, dt.date, int, int]:
        d = self.date
        iso_year, iso_week, _ = d.isocalendar()
        name = f"{d.isoformat()}-interesting-stuff-week-{iso_week:02d}-{iso_year}"
        if self.cycle:
            name += f"-{self.cycle + 1}"
        name += ".md"
        # Advance; past the last representable Sunday, start over with a suffix.
        if d + dt.timedelta(days=7) > self.MAX_DATE:
            self.date = self.start
            self.cycle += 1
        else:
            self.date = d + dt.timedelta(days=7)
        return name, d, iso_week, iso_year

    def post(self) -> tuple[str, str, int]:
        """Return (file name, text, link items)."""
        rng = self.rng
        name, date, week, year = self.next_name()
        self.post_date = date  # for url(); self.date already points at the next post
        nlinks = max(1, rng.randint(self.links_per_post - self.spread,
                                    self.links_per_post + self.spread))
        k = min(nlinks, rng.randint(3, 6))
        headings = [HEADINGS[i][0] for i in self.pick_heading_indexes(k)]
        # Every section gets at least one item; the rest fall at random.
        sizes = [1] * k
        for _ in range(nlinks - k):
            sizes[rng.randrange(k)] += 1

        refs: list[str] = []
        ref = 0
        body: list[str] = []
        titles: list[str] = []
        bullet = "*" if rng.random() < 0.95 else "-"
        loose = rng.random() < 0.3
        for heading, size in zip(headings, sizes):
            body.append(f"## {heading}\n\n")
            for _ in range(size):
                title = self.title()
                titles.append(title)
                shown = f"**{title}**" if rng.random() < 0.7 else title
                r = rng.random()
                if r < 0.05:
                    link = f"[{shown}]({self.url(title)})"
                elif r < 0.07 and self.names:
                    target = self.names[max(0, len(self.names) - 1 - int(rng.expovariate(0.05)))]
                    if rng.random() < 0.5:
                        link = f'[{shown}]({{{{< relref "{target}" >}}}})'
                    else:
                        ref += 1
                        link = f"[{shown}][{ref}]"
                        refs.append(f'[{ref}]: {{{{< relref "{target}" >}}}}')
                else:
                    ref += 1
                    link = f"[{shown}][{ref}]"
                    refs.append(f"[{ref}]: {self.url(title)}")
                sep = pick_weighted(rng, SEPARATORS)
                comment = self.sentences(2, 4)
                r = rng.random()
                if r < 0.06:
                    who = self.person()
                    ref += 1
                    refs.append(f"[{ref}]: https://www.linkedin.com/in/{slugify(who)}/")
                    tail = self.sentence(6, 14)
                    comment += f" The author, [{who}][{ref}], {tail[:1].lower()}{tail[1:]}"
                elif r < 0.12:
                    word = self.titles.take(1)[0]
                    tail = self.sentence(5, 12)
                    comment += (f" It builds on [{word}](https://{self.domains.pick(rng)}/) "
                                f"{tail[:1].lower()}{tail[1:]}")
                item = f"{bullet} {link}{sep}{comment}\n"
                if rng.random() < 0.15:
                    item += f"\n  {self.sentences(1, 3)}\n\n"
                elif loose:
                    item += "\n"
                body.append(item)
            if not body[-1].endswith("\n\n"):
                body.append("\n")

        wind_paras, event_note = self.wind(date, ref + 1, refs)
        ref += 1

        picks = rng.sample(titles, min(3, len(titles)))
        verb = rng.choice(INTRO_VERBS)
        intro = [f"This week, {verb} {picks[0]}"
                 + (f" and {picks[1]}" if len(picks) > 1 else "") + f". {self.sentences(1, 2)}"]
        intro.append(self.sentences(1, 3))
        if rng.random() < 0.6:
            intro.append(f"{event_note} {self.sentence()}")
        description = "This week: " + ", ".join(picks) + ". " + event_note

        hh, mm, ss = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
        offset = "+02:00" if rng.random() < 0.85 else rng.choice(("+01:00", "+00:00"))
        fm_date = date + dt.timedelta(days=1) if rng.random() < 0.02 else date
        ext = "jpg" if rng.random() < 0.7 else "png"
        img = f"wrup-{week:02d}-{year % 100:02d}.{ext}"
        tags = "".join(f"  - {t}\n" for t in self.pick_tags())

        parts = [
            "---\n",
            "type: post\n",
            'layout: "post"\n',
            f"title: Interesting Stuff - Week {week:02d}, {year}\n",
            "author: norab\n",
            f"date: {fm_date.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}{offset}\n",
            "comments: true\n",
            "highlight: true\n",
            "draft: false\n",
            f'image: "/images/banner/posts/{img}"\n',
            f'thumbnail: "/images/thumbnails/posts/{img}"\n',
            "categories:\n",
            "  - roundup\n",
            "tags:\n",
            tags,
            f'description: "{description}"\n',
            "---\n\n",
            "\n\n".join(intro),
            "\n\n<!--more-->\n\n",
            *body,
            "## WIND (What Is Nora Doing)\n\n",
            "\n\n".join(wind_paras),
            "\n\n## ~ Finally\n\n",
            "That is it for this week. I hope you found something useful in here. "
            "Leave a comment on the post or [drop me a line][ma] if there is something "
            "you think I should cover.\n\n",
            "[ma]: mailto:nora@example.com\n\n",
            "\n".join(refs),
            "\n",
        ]
        self.names.append(name)
        return name, "".join(parts), nlinks



class NewsletterGenerator(RoundupGenerator):
    """Issues of a weekly newsletter in the other shape of FORMAT.md ("Other newsletters' formats"): a Pelican-style
    header with an issue number, a template comment of example bullets, a heading tree from ## to #####, bare link
    bullets (some with labels or emphasis, some with nested bullets), prose bullets, and an "Upcoming Events" list
    under region headings with a nested talk line per event. Issues come out on Wednesdays."""

    COMMUNITY = ["Official", "Foundation", "Newsletters", "Project/Tooling Updates", "Observations/Thoughts",
                 "Walkthroughs", "Research", "Miscellaneous"]
    PROJECT = ["Compiler", "Library", "Cargo", "Rustdoc", "Clippy", "Analyzer"]
    REGIONS = ["Virtual", "Africa", "Asia", "Europe", "North America", "Oceania", "South America"]
    LABELS = ["video", "audio", "series", "DE", "ZH", "slides"]

    def __init__(self, seed: int, links_per_post: int, start: dt.date, rare_words: int = 0):
        super().__init__(seed, links_per_post, start, rare_words)
        while self.date.weekday() != 2:
            self.date += dt.timedelta(days=1)
        self.number = 0

    def next_name(self):
        d = self.date
        self.date = d + dt.timedelta(days=7)
        self.number += 1
        return f"{d.isoformat()}-the-weekly-crab-{self.number}.md", d

    def bullet(self, indent: str = "") -> str:
        rng = self.rng
        title = self.title()
        r = rng.random()
        link = f"[{title}]({self.url(title)})"
        if r < 0.08:
            link = " ".join(f"[{label}]" for label in rng.sample(self.LABELS, rng.randint(1, 2))) + " " + link
        elif r < 0.12:
            link = f"**{link}**"
        return f"{indent}* {link}\n"

    def items(self, count: int) -> str:
        rng = self.rng
        out = []
        for _ in range(count):
            out.append(self.bullet())
            if rng.random() < 0.05:
                out.append(self.bullet("  " if rng.random() < 0.5 else "    "))
        if rng.random() < 0.2:
            out.append(f"* {self.sentence()} See [{self.titles.take(1)[0]}]({self.url('see')}).\n")
        return "".join(out)

    def events(self, date: dt.date) -> str:
        rng = self.rng
        out = [f"## Upcoming Events\n\nRusty events between {date.isoformat()} and "
               f"{(date + dt.timedelta(days=28)).isoformat()}.\n\n"]
        for region in self.REGIONS:
            level = "##" if rng.random() < 0.03 else "###"   # a region heading one level too high, by mistake
            out.append(f"{level} {region}\n")
            for _ in range(rng.randint(1, 7)):
                day = date + dt.timedelta(days=rng.randint(0, 27))
                city = rng.choice(CITIES)
                group = f"{city} Crab Meetup"
                place = rng.choice((f"Virtual ({city})", f"Hybrid ({city})", city))
                url = f"https://meetup.example.com/{slugify(group)}"
                out.append(f"* {day.isoformat()} | {place} | [{group}]({url})\n"
                           f"    * [**{self.title()}**]({url}/events/{rng.getrandbits(32)})\n")
            out.append("\n")
        out.append("If you are running an event, please add it to [the calendar](https://calendar.example.org/).\n\n")
        return "".join(out)

    def post(self):
        rng = self.rng
        name, date = self.next_name()
        self.post_date = date
        nlinks = max(1, rng.randint(self.links_per_post - self.spread, self.links_per_post + self.spread))
        community = rng.sample(self.COMMUNITY, rng.randint(4, len(self.COMMUNITY)))
        project = rng.sample(self.PROJECT, rng.randint(3, len(self.PROJECT)))
        groups = len(community) + len(project) + 2
        sizes = [1] * groups
        for _ in range(max(0, nlinks - groups)):
            sizes[rng.randrange(groups)] += 1
        header = (f"Title: The Weekly Crab {self.number}\nNumber: {self.number}\nDate: {date.isoformat()}\n"
                  f"Category: The Weekly Crab\n\n")
        parts = [header, f"Hello and welcome to another issue of *The Weekly Crab*! {self.sentences(2, 3)}\n\n",
                 "## Updates from the Community\n\n<!--\nEach submitted link should be of the form:\n\n"
                 "* [Title of the linked Page](https://example.com/my_article)\n-->\n\n"]
        index = 0
        for heading in community:
            parts.append(f"### {heading}\n{self.items(sizes[index])}\n")
            index += 1
        parts.append(f"## Crate of the Week\n\nThis week's crate is [{self.titles.take(1)[0].lower()}]"
                     f"(https://crates.example.org/{rng.getrandbits(24):06x}), {self.sentence()}\n\n")
        parts.append("## Call for Participation\n\n<!-- CFPs go here: * [project - title](URL) -->\n")
        parts.append("".join(f"* [easy] [{self.title()}]({self.url('cfp')})\n" for _ in range(sizes[index])) + "\n")
        index += 1
        parts.append(f"## Updates from the Project\n\n{rng.randint(200, 700)} pull requests were [merged in the last"
                     f" week][merged]\n\n[merged]: https://git.example.com/search?merged={date.isoformat()}\n\n")
        for heading in project:
            parts.append(f"#### {heading}\n{self.items(sizes[index])}\n")
            index += 1
        parts.append("### Final Comment Period\n\n##### [Tracking Issues](https://git.example.com/fcp)\n"
                     f"{self.items(sizes[index])}\n")
        parts.append("```text\n* [Not an item](https://example.com/in-a-fence)\n```\n\n")
        parts.append(self.events(date))
        parts.append(f"## Jobs\n\nPlease see the latest [who's hiring thread](https://forum.example.org/jobs/"
                     f"{self.number}).\n\n# Quote of the Week\n\n> {self.sentence()}\n\n"
                     f"– [{self.person()}](https://forum.example.org/quotes/{self.number})\n")
        return name, "".join(parts), nlinks

def pick_weighted(rng: random.Random, pairs) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


_STYLE_CACHE: dict[str, int] = {}


def hash_style(domain: str) -> int:
    """A stable URL style per domain (not Python's salted hash())."""
    style = _STYLE_CACHE.get(domain)
    if style is None:
        style = sum(domain.encode()) % 8
        _STYLE_CACHE[domain] = style
    return style


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Generate synthetic weekly roundup posts (Hugo markdown).")
    p.add_argument("--count", type=int, required=True, help="number of posts to write")
    p.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    p.add_argument("--out", required=True, help="output directory (created if missing)")
    p.add_argument("--links-per-post", type=int, default=25,
                   help="average link items per post, +/- 20%% (default 25)")
    p.add_argument("--rare-words", type=int, default=0,
                   help="extra made-up words in the long tail of the vocabulary (default 0: the classic"
                        " vocabulary of about 3,800 words; the search benchmark uses 30000)")
    p.add_argument("--shape", choices=("blog", "newsletter"), default="blog",
                   help="blog: the Hugo roundups of FORMAT.md (default); newsletter: issues in the other newsletter's"
                        " shape (Pelican header, heading tree, bare bullets, an events list)")
    p.add_argument("--start-date", default="2010-01-03",
                   help="first post date, moved forward to a Sunday (default 2010-01-03)")
    args = p.parse_args(argv)
    if args.count < 0:
        p.error("--count must be >= 0")
    if args.rare_words < 0:
        p.error("--rare-words must be >= 0")
    if args.links_per_post < 1:
        p.error("--links-per-post must be >= 1")
    try:
        args.start = dt.date.fromisoformat(args.start_date)
    except ValueError:
        p.error("--start-date must be YYYY-MM-DD")
    if not dt.date(1900, 1, 1) <= args.start <= RoundupGenerator.MAX_DATE:
        p.error(f"--start-date must lie between 1900-01-01 and {RoundupGenerator.MAX_DATE}")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    t0 = time.perf_counter()
    os.makedirs(args.out, exist_ok=True)
    try:
        existing = sum(1 for e in os.scandir(args.out) if e.name.endswith((".md", ".markdown")))
    except OSError:
        existing = 0
    if existing:
        print(f"warning: {args.out} already holds {existing} markdown files; "
              "files with the same names are overwritten, others are left", file=sys.stderr)

    shape = NewsletterGenerator if args.shape == "newsletter" else RoundupGenerator
    gen = shape(args.seed, args.links_per_post, args.start, args.rare_words)
    files = links = size = 0
    for _ in range(args.count):
        name, text, n = gen.post()
        data = text.encode("utf-8")
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        files += 1
        links += n
        size += len(data)
    seconds = time.perf_counter() - t0
    print(f"generated files={files} link_items={links} bytes={size} "
          f"seconds={seconds:.2f} out={args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
