#!/usr/bin/env python3
"""Filtered /api/v1/events pages at one connection, each request different, beside the bare SQL of the same queries.

Requests: a filter kind (none, country, city, mode, region, group, q, past, a date window), a random 'from' day over
the corpus' thirteen years and a page from 1 to 3; no URL is asked twice, so no cache of the service can answer.
SQL: the statements EventService runs for such a page (the count, then the page of 21 rows), with the values
written in, run by one psql session with \\timing; a request's SQL time is the sum of its two statements. Each side
gets its own requests (the SQL side first), so neither warms a cache for the other beyond PostgreSQL's buffers.
Prints p50, p90, p99 and max in milliseconds for both, and exits 1 when the HTTP p99 is 5 ms or more.
Usage: events_bench.py --api URL --db NAME [--requests N] [--warmup N] [--seed S]
"""
import argparse
import datetime as dt
import http.client
import random
import re
import subprocess
import sys
import time
import urllib.parse

PUBLIC = "e.published_from <= now()"
LAST_DAY = "coalesce(e.ends_on, e.starts_on)"
START = "coalesce(e.starts_on, date '9999-12-31')"
COLUMNS = """e.id, e.slug, e.name, e.starts_on, e.ends_on, e.approximate, e.starts_at, e.ends_at, e.zone, e.venue,
    e.city, e.country, e.url, e.description, e.role, e.status, e.talks, e.confidence, e.edited, e.version,
    e.mode, e.region, e.region_code, e.country_code, e.region_heading, e.group_name, e.group_url,
    (select count(*) from event_mention m join post p on p.id = m.post_id
        where m.event_id = e.id and  not p.draft and p.published_at <= now()) as mention_count"""
CITIES = ["Berlin", "Seattle", "London", "Paris", "Bangalore", "Melbourne", "New York", "Montreal", "Johannesburg",
          "Sao Paulo", "Stockholm", "Dallas", "Tokyo", "Zurich", "Austin", "Lisbon", "Nairobi", "Auckland", "Warsaw",
          "Chicago"]
COUNTRIES = ["DE", "US", "UK", "GB", "FR", "IN", "AU", "CA", "ZA", "BR", "SE", "JP", "CH", "PT", "KE", "NZ", "PL"]
CODES = {"UK": "GB"}
REGIONS = ["Europe", "north-america", "Asia", "Oceania", "Africa", "South America", "Virtual", "US-TX", "WA"]
WORDS = ["async", "borrowing", "lifetimes", "macros", "embedded", "traits", "generics", "wasm", "testing", "tokio"]
KINDS = ["none", "country", "city", "mode", "region", "group", "q", "past", "window"]


def lit(value):
    return "'" + str(value).replace("'", "''") + "'"


def request(rng):
    kind = rng.choice(KINDS)
    day = dt.date(2014, 2, 1) + dt.timedelta(days=rng.randrange(0, 4700))
    params = {"when": "all", "from": day.isoformat()}
    if kind == "country":
        params["country"] = rng.choice(COUNTRIES)
    elif kind == "city":
        params["city"] = rng.choice(CITIES)
    elif kind == "mode":
        params["mode"] = rng.choice(["virtual", "hybrid", "in-person"])
    elif kind == "region":
        params["region"] = rng.choice(REGIONS)
    elif kind == "group":
        params["group"] = "Crab Group " + str(rng.randrange(400))
        del params["from"]
        params["to"] = day.isoformat()
    elif kind == "q":
        params["q"] = rng.choice(WORDS)
    elif kind == "past":
        params["when"] = "past"
    elif kind == "window":
        params["to"] = (day + dt.timedelta(days=rng.choice([7, 30, 90]))).isoformat()
    params["page"] = str(rng.randint(1, 3))
    return params


def statements(params):
    """The count and the page EventService runs for these parameters."""
    where = [PUBLIC]
    if params["when"] == "past":
        where.append(f"{LAST_DAY} < current_date")
    if "from" in params:
        where.append(f"{LAST_DAY} >= {lit(params['from'])}::date")
    if "to" in params:
        where.append(f"e.starts_on <= {lit(params['to'])}::date")
    if "city" in params:
        where.append(f"lower(e.city) = lower({lit(params['city'])})")
    if "mode" in params:
        where.append(f"e.mode = {lit(params['mode'])}")
    if "country" in params:
        value = params["country"]
        where.append(f"e.country_code = {lit(CODES.get(value, value))}")
    if "region" in params:
        value = params["region"]
        where.append(f"(lower(e.region_heading) = lower({lit(value.replace('-', ' '))}) or lower(e.region) ="
                     f" lower({lit(value)}) or lower(e.region_code) = lower({lit(value)}))")
    if "group" in params:
        where.append(f"lower(e.group_name) = lower({lit(params['group'])})")
    if "q" in params:
        query = f"websearch_to_tsquery('roundup_english', {lit(params['q'])})"
        where.append(f"(e.search @@ {query} or e.group_search @@ {query})")
    clause = " where " + " and ".join(where)
    offset = (int(params["page"]) - 1) * 20
    return [f"select count(*) from event e{clause};",
            f"select {COLUMNS}, {START} as sort_start from event e where e.id in (select e.id from event e{clause}"
            f" order by {START} desc, e.id desc limit 21 offset {offset}) order by {START} desc, e.id desc;"]


def unique_requests(rng, count, seen):
    found = []
    while len(found) < count:
        params = request(rng)
        key = urllib.parse.urlencode(sorted(params.items()))
        if key not in seen:
            seen.add(key)
            found.append(params)
    return found


def percentiles(values):
    ordered = sorted(values)

    def at(share):
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]
    return f"p50 {at(0.50):6.2f}  p90 {at(0.90):6.2f}  p99 {at(0.99):6.2f}  max {ordered[-1]:6.2f}"


def run_sql(db, requests):
    script = "\\timing on\n\\o /dev/null\n" + "\n".join(s for params in requests for s in statements(params)) + "\n"
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "roundup", "-d", db, "-X", "-q", "-v", "ON_ERROR_STOP=1"],
                         input=script, capture_output=True, text=True, check=True, env={"PGPASSWORD": "roundup"}).stdout
    times = [float(t) for t in re.findall(r"^Time: ([\d.]+) ms", out, re.M)]
    if len(times) != 2 * len(requests):
        sys.exit(f"expected {2 * len(requests)} timings from psql, got {len(times)}")
    return [times[i] + times[i + 1] for i in range(0, len(times), 2)]


def run_http(api, requests):
    url = urllib.parse.urlsplit(api)
    connection = http.client.HTTPConnection(url.hostname, url.port)
    times, sizes = [], []
    for params in requests:
        path = "/api/v1/events?" + urllib.parse.urlencode(params)
        started = time.perf_counter()
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        times.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            sys.exit(f"{path}: {response.status} {body[:200]!r}")
        sizes.append(len(body))
    connection.close()
    return times, sum(sizes) / len(sizes)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    rng, seen = random.Random(args.seed), set()
    run_sql(args.db, unique_requests(rng, args.warmup, seen))
    sql = run_sql(args.db, unique_requests(rng, args.requests, seen))
    run_http(args.api, unique_requests(rng, args.warmup, seen))
    http_times, size = run_http(args.api, unique_requests(rng, args.requests, seen))
    print(f"{args.requests} filtered /api/v1/events pages, each asked once, 1 connection (ms):")
    print(f"  HTTP  {percentiles(http_times)}   (average answer {size / 1024:.1f} KiB)")
    print(f"  SQL   {percentiles(sql)}   (count + page, psql \\timing)")
    p99 = sorted(http_times)[min(len(http_times) - 1, int(0.99 * len(http_times)))]
    print("  goal p99 < 5 ms:", "met" if p99 < 5 else "MISSED")
    return 0 if p99 < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
