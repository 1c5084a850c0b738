from django.urls import path, re_path

from articles import api, openapi, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("search/feed/", api.SearchFeed(), name="search-feed"),
    path("search/export.csv", api.search_csv, name="search-csv"),
    path("api/search/", api.search_json, name="api-search"),
    path("api/openapi.json", openapi.openapi_json, name="api-openapi"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article"),
    path("people/", views.people_index, name="people"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("organisations/", views.organisations_index, name="organisations"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("countries/", views.countries_index, name="countries"),
    path("countries/<str:code>/", views.country_detail, name="country"),
    path("archive/", views.archive_index, name="archive"),
    re_path(r"^archive/(?P<year>[0-9]{4})/$", views.archive_year, name="archive-year"),
    re_path(r"^archive/(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$", views.archive_month, name="archive-month"),
]
