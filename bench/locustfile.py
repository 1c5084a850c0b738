"""The readers of `make load`: each picks a request of the search mix at random, as a page or the JSON API.

Runs under locust in its own virtualenv (.venv-load, bench/requirements-load.txt),
so no Django here. LOAD_MIX names the mix file bench/load.py wrote; LOAD_WAIT
is the think time between a reader's requests, "MIN MAX" seconds.

A response counts as an error unless it is a 200 that completed its search:
a page that says the search was stopped, or JSON with "timed_out": true, is an
error too, since the reader got no results.
"""

import json
import os
import random
from urllib.parse import urlencode

from locust import FastHttpUser, between, task

MIX = json.loads(open(os.environ["LOAD_MIX"]).read())["mix"]
WAIT_MIN, WAIT_MAX = (float(x) for x in os.environ.get("LOAD_WAIT", "1 3").split())
STOPPED = "took too long and was stopped"
ENDPOINTS = {"page": "/search/", "api": "/api/search/"}


class Reader(FastHttpUser):
    wait_time = between(WAIT_MIN, WAIT_MAX)

    @task
    def search(self):
        item = random.choice(MIX)
        endpoint = random.choice(list(ENDPOINTS))
        url = ENDPOINTS[endpoint] + "?" + urlencode(item["params"], doseq=True)
        with self.client.get(url, name=f"{endpoint} {item['name']}", catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif endpoint == "api" and response.json().get("timed_out"):
                response.failure("search timed out")
            elif endpoint == "page" and STOPPED in response.text:
                response.failure("search timed out")
            else:
                response.success()
