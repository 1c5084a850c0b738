"""What editors do to entities: confirm, reject, mark official, merge, re-extract. Used by the admin."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet

from articles.importing.reextract import ReextractSummary, reextract
from articles.models import (
    Article,
    Organisation,
    OrganisationAlias,
    OrganisationMention,
    Person,
    PersonAlias,
    PersonMention,
    Redirect,
    ReviewStatus,
)

_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|$)")


def sample_sentence(body: str | None, name: str, limit: int = 300) -> str:
    """The first sentence of `body` that names `name` (by its last word if the full name is not there)."""
    if not body:
        return ""
    for needle in (name, name.split()[-1] if name.split() else name):
        for sentence in _SENTENCE.findall(body):
            if needle and needle in sentence:
                sentence = sentence.strip()
                return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
    return ""


def set_status(entities: QuerySet, status: str) -> int:
    return entities.update(status=status)


def set_official(people: QuerySet, official: bool) -> int:
    """An editor's word on who is an official; later imports leave it alone."""
    return people.update(is_official=official, official_locked=True)


@dataclass
class MergeResult:
    survivor: Person | Organisation
    merged: list[str]
    mentions_moved: int = 0


@transaction.atomic
def merge_people(survivor: Person, others: list[Person]) -> MergeResult:
    """Fold `others` into `survivor`: mentions, aliases and old slugs move; names become aliases."""
    result = MergeResult(survivor, [o.name for o in others])
    for other in others:
        if other.pk == survivor.pk:
            continue
        result.mentions_moved += _move_mentions(
            PersonMention, "person", other, survivor, fill=("title", "organisation_id", "country_id")
        )
        _move_aliases(PersonAlias, "person", other, survivor)
        survivor.is_official = survivor.is_official or other.is_official
        survivor.country_id = survivor.country_id or other.country_id
        if other.notes:
            survivor.notes = "\n\n".join(filter(None, [survivor.notes, other.notes]))
        _redirect(other, survivor, "person")
        other.delete()
    survivor.save()
    return result


@transaction.atomic
def merge_organisations(survivor: Organisation, others: list[Organisation]) -> MergeResult:
    result = MergeResult(survivor, [o.name for o in others])
    for other in others:
        if other.pk == survivor.pk:
            continue
        result.mentions_moved += _move_mentions(OrganisationMention, "organisation", other, survivor)
        PersonMention.objects.filter(organisation=other).update(organisation=survivor)
        Organisation.objects.filter(parent=other).exclude(pk=survivor.pk).update(parent=survivor)
        _move_aliases(OrganisationAlias, "organisation", other, survivor)
        survivor.country_id = survivor.country_id or other.country_id
        survivor.parent_id = survivor.parent_id if survivor.parent_id != other.pk else None
        _redirect(other, survivor, "organisation")
        other.delete()
    survivor.save()
    return result


def _move_mentions(model, field: str, other, survivor, fill: tuple[str, ...] = ()) -> int:
    """Give `other`'s mentions to `survivor`; where both are in one article, add the counts into one row."""
    moved = 0
    for mention in model.objects.filter(**{field: other}):
        existing = model.objects.filter(**{field: survivor}, article_id=mention.article_id).first()
        if existing is None:
            setattr(mention, field, survivor)
            mention.save(update_fields=[field])
        else:
            existing.count += mention.count
            existing.confirmed = existing.confirmed or mention.confirmed
            for name in fill:  # keep what the survivor's row lacks: the title, the office's organisation
                setattr(existing, name, getattr(existing, name) or getattr(mention, name))
            existing.save()
            mention.delete()
        moved += 1
    return moved


def _move_aliases(alias_model, field: str, other, survivor) -> None:
    names = set(alias_model.objects.filter(**{field: survivor}).values_list("name", flat=True)) | {survivor.name}
    for alias in alias_model.objects.filter(**{field: other}):
        if alias.name not in names:
            alias_model.objects.create(**{field: survivor, "name": alias.name})
            names.add(alias.name)
    if other.name not in names:
        alias_model.objects.create(**{field: survivor, "name": other.name})


def _redirect(other, survivor, field: str) -> None:
    Redirect.objects.filter(**{field: other}).update(**{field: survivor})
    Redirect.objects.get_or_create(old_slug=other.slug, **{field: survivor})


def reextract_for_names(names: list[str]) -> ReextractSummary:
    """Re-run extraction over the articles whose text contains any of `names` (found with full-text search)."""
    ids: set[int] = set()
    for name in names:
        ids.update(Article.objects.search(f'"{name}"').values_list("pk", flat=True))
    return reextract(Article.objects.filter(pk__in=ids))


def status_label(status: str) -> str:
    return ReviewStatus(status).label
