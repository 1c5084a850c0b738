"""The JSON API against its OpenAPI document: the document is served and true, and fuzzing it finds no 500."""

import pytest
import schemathesis
from django.core.management import call_command
from hypothesis import HealthCheck, settings

from articles.openapi import document
from newsarchive.wsgi import application
from tests.conftest import REFERENCE_FILE
from tests.counting import tried

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def archive(db):
    call_command("import_articles", str(REFERENCE_FILE), verbosity=0)


def test_the_served_document_is_the_one_in_the_code(client):
    assert client.get("/api/openapi.json").json() == document()


def test_a_real_response_fits_the_document(client, archive):
    import jsonschema_rs  # schemathesis brings it

    response = client.get("/api/search/", {"q": "intelligence", "country": "TW"})
    response_schema = document()["paths"]["/api/search/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    jsonschema_rs.validate(response_schema, response.json())
    assert response.json()["count"] == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@schema.parametrize()
@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzzing_the_api_finds_no_server_error_and_no_schema_violation(case):
    if not getattr(test_fuzzing_the_api_finds_no_server_error_and_no_schema_violation, "loaded", False):
        call_command("import_articles", str(REFERENCE_FILE), verbosity=0)
    tried("openapi_fuzz_requests")
    case.call_and_validate()
