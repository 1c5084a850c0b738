from django.urls import path

from articles import api, views

app_name = "articles"

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("search/feed/", api.SearchFeed(), name="search-feed"),
    path("search/export.csv", api.search_csv, name="search-csv"),
    path("api/search/", api.search_json, name="api-search"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article"),
    path("people/<slug:slug>/", views.person_detail, name="person"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("countries/<str:code>/", views.country_detail, name="country"),
]
