"""Curation in the admin, on both databases: review, reject, merge, aliases, access."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Person, PersonAlias, PersonMention, Redirect, ReviewStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


@pytest.fixture
def reference(reference_file):
    call_command("import_articles", str(reference_file), verbosity=0)
    return Article.objects.get()


def action(client, model: str, name: str, ids, **extra):
    return client.post(
        reverse(f"admin:articles_{model}_changelist"),
        {"action": name, "_selected_action": [str(i) for i in ids], **extra},
        follow=True,
    )


def test_the_review_queue_lists_new_people_with_counts_and_a_sentence(client, editor, reference):
    response = client.get(reverse("admin:articles_person_changelist"), {"status__exact": "new"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Tsai Ming-yen" in page
    assert "National Security Bureau Director-General Tsai Ming-yen said Wednesday" in page


def test_an_editor_confirms_a_new_person_and_it_is_in_the_history(client, editor, reference):
    tsai = Person.objects.get(name="Tsai Ming-yen")
    assert tsai.status == ReviewStatus.NEW
    action(client, "person", "confirm", [tsai.pk])
    tsai.refresh_from_db()
    assert tsai.status == ReviewStatus.CONFIRMED
    entry = LogEntry.objects.get(object_id=str(tsai.pk))
    assert entry.user == editor and "confirmed" in entry.change_message.lower()


def test_a_rejected_name_is_not_created_again_by_a_reimport(client, editor, reference, reference_file):
    koo = Person.objects.get(name="Wellington Koo")
    action(client, "person", "reject", [koo.pk])
    Article.objects.all().delete()
    call_command("import_articles", str(reference_file), verbosity=0)
    assert Person.objects.filter(name="Wellington Koo").count() == 1
    assert not PersonMention.objects.filter(person__name="Wellington Koo").exists()
    assert PersonMention.objects.filter(person__name="Tsai Ming-yen").exists()


def test_marking_not_official_survives_a_reimport(client, editor, reference, reference_file):
    chen = Person.objects.get(name="Chen Chun-yu")
    action(client, "person", "mark_not_official", [chen.pk])
    call_command("reextract_entities", verbosity=0)
    chen.refresh_from_db()
    assert (chen.is_official, chen.official_locked) == (False, True)


def test_merging_two_people_moves_mentions_keeps_aliases_and_redirects(client, editor, reference):
    tsai = Person.objects.get(name="Tsai Ming-yen")
    duplicate = Person.objects.create(name="Ming-yen Tsai")
    PersonAlias.objects.create(person=duplicate, name="NSB Director Tsai")
    other_article = Article.objects.create(
        title="Other", slug="other", published_on=reference.published_on, body="Ming-yen Tsai spoke.",
        source=reference.source, source_path="/other", content_hash="other",
    )
    PersonMention.objects.create(article=other_article, person=duplicate, count=2)
    PersonMention.objects.create(article=reference, person=duplicate, count=1)

    confirm_page = action(client, "person", "merge", [tsai.pk, duplicate.pk])
    assert "Keep which one?" in confirm_page.content.decode()
    action(client, "person", "merge", [tsai.pk, duplicate.pk], confirm="yes", survivor=str(tsai.pk))

    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert set(tsai.aliases.values_list("name", flat=True)) == {"Ming-yen Tsai", "NSB Director Tsai"}
    assert set(PersonMention.objects.filter(person=tsai).values_list("article__title", flat=True)) == {
        reference.title, "Other"
    }
    assert PersonMention.objects.get(person=tsai, article=reference).count == 6  # 5 + 1, one row
    assert Redirect.objects.get(old_slug="ming-yen-tsai").person == tsai
    response = client.get("/people/ming-yen-tsai/")
    assert response.status_code == 301 and response["Location"].endswith("/people/tsai-ming-yen/")
    assert "Merged Ming-yen Tsai into this" in LogEntry.objects.get(object_id=str(tsai.pk)).change_message


def test_an_alias_and_reextraction_link_an_older_article(client, editor, tmp_path):
    path = tmp_path / "old.txt"
    path.write_text("December 1, 2025\n\nOld story\n\nBi-khim met visiting lawmakers on Monday.\n")
    call_command("import_articles", str(path), verbosity=0)
    hsiao = Person.objects.create(name="Hsiao Bi-khim", status=ReviewStatus.CONFIRMED, is_official=True)
    client.post(
        reverse("admin:articles_person_change", args=[hsiao.pk]),
        {
            "name": "Hsiao Bi-khim", "slug": hsiao.slug, "status": "confirmed", "is_official": "on", "country": "",
            "notes": "", "aliases-TOTAL_FORMS": "1", "aliases-INITIAL_FORMS": "0", "aliases-0-name": "Bi-khim",
        },
    )
    assert hsiao.aliases.filter(name="Bi-khim").exists()
    response = action(client, "person", "reextract_for_names", [hsiao.pk])
    assert "links changed in 1" in response.content.decode()
    assert list(Article.objects.get().people.all()) == [hsiao]


def test_an_editor_cannot_manage_users(client, editor):
    assert client.get(reverse("admin:auth_user_add")).status_code == 403
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200


def test_import_runs_are_read_only(client, editor, reference):
    run_url = reverse("admin:articles_importrun_change", args=[reference.import_run_id])
    page = client.get(run_url)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert client.get(reverse("admin:articles_importrun_add")).status_code == 403


def test_an_anonymous_visitor_reaches_no_admin_page(client, reference):
    from django.contrib import admin

    urls = [reverse("admin:index")]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        urls.append(reverse("admin:%s_%s_changelist" % info))
        urls.append(reverse("admin:%s_%s_add" % info))
    urls.append(reverse("admin:articles_article_change", args=[reference.pk]))
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    assert client.post(reverse("admin:articles_person_changelist"), {"action": "confirm"}).status_code == 302


def test_log_in_is_locked_after_repeated_failures(client):
    User.objects.create_user("victim", password="the-right-password-123", is_staff=True)
    for _ in range(5):
        client.post(reverse("admin:login"), {"username": "victim", "password": "wrong"})
    response = client.post(reverse("admin:login"), {"username": "victim", "password": "the-right-password-123"})
    assert response.status_code in (403, 429)
    assert "_auth_user_id" not in client.session
