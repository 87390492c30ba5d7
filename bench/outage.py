#!/usr/bin/env python3
"""Database outage under load.

Starts the service (target/quarkus-app) on its own database with the demo content, puts it under load
(8 client threads on list and detail routes), stops PostgreSQL, and starts it again. Prints:
  - time from the stop to the first 503, and the slowest answer while the database was down;
  - whether readiness said DOWN during the outage;
  - time from the restart to the first 200 again.
Every answer during the outage that the application cache cannot give must be a 503 problem+json within
a second; the service must serve again
within 5 s of PostgreSQL being back, without a restart. Exits 1 when a goal is missed.

It stops the machine's PostgreSQL cluster (pg_ctlcluster 15 main): run it alone, never beside tests.
Usage: python3 bench/outage.py [--down-seconds 10] [--port 18092]
"""
import argparse
import json
import random
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DB = "roundup_bench_outage"


def log(message):
    print(time.strftime("[%H:%M:%S] ") + message, file=sys.stderr, flush=True)


def get(url, timeout=5.0):
    """(status, content type, seconds); status 0 when no HTTP answer came."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            return response.status, response.headers.get("Content-Type", ""), time.monotonic() - started
    except urllib.error.HTTPError as error:
        error.read()
        return error.code, error.headers.get("Content-Type", ""), time.monotonic() - started
    except Exception:
        return 0, "", time.monotonic() - started


def cluster(action):
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", action], check=True)


def psql(*commands):
    arguments = ["psql", "-qh", "127.0.0.1", "-U", "postgres"]
    for command in commands:
        arguments += ["-c", command]
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--down-seconds", type=float, default=10)
    parser.add_argument("--port", type=int, default=18092)
    options = parser.parse_args()
    base = f"http://127.0.0.1:{options.port}"
    jar = os.path.join(ROOT, "target/quarkus-app/quarkus-run.jar")
    if not os.path.exists(jar):
        sys.exit("build first: ./mvnw -B -q package -DskipTests")

    psql(f"drop database if exists {DB}", f"create database {DB} owner roundup")
    key = subprocess.run(["bash", os.path.join(ROOT, "bench/throwaway-key.sh")], check=True, capture_output=True,
                         text=True).stdout.strip()
    environment = dict(os.environ, MP_JWT_VERIFY_PUBLICKEY_LOCATION=key,
                       QUARKUS_DATASOURCE_JDBC_URL=f"jdbc:postgresql://127.0.0.1:5432/{DB}",
                       QUARKUS_HTTP_PORT=str(options.port), ROUNDUP_DEMO_ENABLED="true")
    service_log = open("/tmp/roundup-outage-service.log", "w")
    service = subprocess.Popen(["java", "-jar", jar], env=environment, stdout=service_log, stderr=subprocess.STDOUT)
    try:
        return run(base, options.down_seconds)
    finally:
        cluster_up()
        service.terminate()
        service.wait(timeout=30)


def cluster_up():
    if subprocess.run(["pg_ctlcluster", "15", "main", "status"], stdout=subprocess.DEVNULL).returncode != 0:
        cluster("start")


def run(base, down_seconds):
    deadline = time.monotonic() + 120
    while get(base + "/q/health/ready")[0] != 200:
        if time.monotonic() > deadline:
            sys.exit("the service did not become ready; see /tmp/roundup-outage-service.log")
        time.sleep(0.5)
    # Requests the application cache cannot answer (each size is new to it), so that every one reaches the
    # database: cached answers keep being served while it is down, which is what a cache is for.
    urls = [base + "/api/v1/links?size=", base + "/api/v1/posts?tag=kafka&size=", base + "/api/v1/posts?size="]

    answers = []  # (time sent, status, content type, seconds)
    lock = threading.Lock()
    stop = threading.Event()

    def client(index):
        while not stop.is_set():
            sent = time.monotonic()
            status, content_type, seconds = get(urls[index % len(urls)] + str(random.randint(1, 100))
                                                + "&from=200" + str(random.randint(0, 9)) + "-01-01")
            with lock:
                answers.append((sent, status, content_type, seconds))

    clients = [threading.Thread(target=client, args=(index,)) for index in range(8)]
    for thread in clients:
        thread.start()
    time.sleep(3)

    log("stopping PostgreSQL")
    stopped_at = time.monotonic()
    cluster("stop")
    down_confirmed = time.monotonic()
    readiness_down = False
    while time.monotonic() - down_confirmed < down_seconds:
        if get(base + "/q/health/ready", timeout=3)[0] == 503:
            readiness_down = True
        time.sleep(0.5)
    log("starting PostgreSQL")
    cluster("start")
    started_at = time.monotonic()
    recovered_at = None
    while time.monotonic() - started_at < 30:
        with lock:
            ok = [sent for sent, status, _, _ in answers if sent >= started_at and status == 200]
        if ok:
            recovered_at = min(ok)
            break
        time.sleep(0.1)
    time.sleep(1)
    stop.set()
    for thread in clients:
        thread.join()

    during = [a for a in answers if down_confirmed <= a[0] < started_at]
    first_503 = min((sent for sent, status, _, _ in answers if sent >= stopped_at and status == 503), default=None)
    # a 200 while down is an answer from the application cache; anything else must be a 503 problem
    from_cache = [a for a in during if a[1] == 200]
    not_problem = [a for a in during if a[1] != 200 and (a[1] != 503 or not a[2].startswith("application/problem+json"))]
    slowest = max((a[3] for a in during if a[1] != 200), default=0)
    before = [a for a in answers if a[0] < stopped_at]

    print(f"requests before the outage: {len(before)}, all 200: {all(a[1] == 200 for a in before)}")
    print(f"requests during the outage: {len(during)}, from the cache (200): {len(from_cache)},"
          f" neither cached nor a 503 problem: {len(not_problem)}")
    print(f"time to first 503: {fmt(first_503, stopped_at)}; slowest answer while down: {slowest:.3f} s")
    print(f"readiness DOWN during the outage: {readiness_down}")
    print(f"time to recovery after PostgreSQL started: {fmt(recovered_at, started_at)}")

    goals = [
        ("every uncached answer while down is a 503 problem", not not_problem and len(during) > len(from_cache)),
        ("every uncached answer while down within 1 s", slowest < 1.0),
        ("readiness DOWN while down", readiness_down),
        ("serving again within 5 s", recovered_at is not None and recovered_at - started_at < 5.0),
    ]
    missed = [name for name, met in goals if not met]
    for name in missed:
        print("MISSED: " + name)
    return 1 if missed else 0


def fmt(moment, origin):
    return "never" if moment is None else f"{moment - origin:.3f} s"


if __name__ == "__main__":
    sys.exit(main())
