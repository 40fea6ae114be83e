"""The throwaway PostgreSQL cluster lives in app/devtools (the team-join benchmark starts one too)."""

from app.devtools.pg_cluster import (  # noqa: F401
    ADMIN,
    Cluster,
    ClusterUnavailable,
    find_bin_dir,
    free_port,
    start_cluster,
    stop_cluster,
)
