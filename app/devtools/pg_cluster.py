"""A throwaway PostgreSQL cluster for the hub tests and the team-join benchmark.

Debian's `postgresql` package puts its binaries in /usr/lib/postgresql/<major>/bin. The server
refuses to run as root, so the cluster lives in a temporary folder owned by the `postgres`
system user and every server binary runs through `runuser -u postgres --`. Authentication is
`scram-sha-256` over TCP on 127.0.0.1 (what the hub uses in production) and `trust` only on the
unix socket inside the temporary folder (the superuser's back door for test set-up and tampering).
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo

ADMIN = "relais_test_admin"


class ClusterUnavailable(Exception):
    """Why this machine cannot start a test cluster (the tests skip with this reason)."""


def find_bin_dir() -> Path:
    if os.geteuid() != 0:
        raise ClusterUnavailable("the hub tests start PostgreSQL as the postgres user: run them as root")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise ClusterUnavailable("no `postgres` system user (install Debian's postgresql package)") from None
    if shutil.which("runuser") is None:
        raise ClusterUnavailable("runuser is missing")
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise ClusterUnavailable("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin "
                                 "(install Debian's postgresql package)")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    port: int
    admin_password: str

    @property
    def data(self) -> Path:
        return self.root / "data"

    def superuser_dsn(self, dbname: str = "postgres") -> str:
        return make_conninfo(host=str(self.root), port=self.port, user="postgres", dbname=dbname)

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return make_conninfo(host="127.0.0.1", port=self.port, user=ADMIN, password=self.admin_password,
                             dbname=dbname, connect_timeout=5)

    def superuser(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.superuser_dsn(dbname), autocommit=True)

    def _run(self, *args: str) -> None:
        result = subprocess.run(["runuser", "-u", "postgres", "--", *args], capture_output=True, text=True,
                                cwd="/", check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {result.stdout}{result.stderr}")

    def start(self) -> None:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--no-sync",
                  "-E", "UTF8", "--no-locale", "--auth-local=trust", "--auth-host=scram-sha-256")
        self.start_server()
        with self.superuser() as conn:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE CREATEDB BYPASSRLS PASSWORD {}").format(
                sql.Identifier(ADMIN), sql.Literal(self.admin_password)))

    def start_server(self) -> None:
        """Start the server of the initialised cluster (again, after `kill_server`)."""
        options = (f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.root}"
                   " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"),
                  "-w", "-t", "60", "-o", options, "start")

    def kill_server(self) -> None:
        """Stop the server at once, as a crash would (immediate mode: no checkpoint, every
        session cut); the data stays and `start_server` recovers it."""
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def drop_database(self, dbname: str, role_prefix: str) -> None:
        """Drop a test database and every role whose name starts with `role_prefix`_."""
        with self.superuser() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
            roles = conn.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)",
                                 (role_prefix + "_",)).fetchall()
            for (role,) in roles:
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def start_cluster() -> Cluster:
    bin_dir = find_bin_dir()
    root = Path(tempfile.mkdtemp(prefix="relais-pg-"))
    cluster = Cluster(bin_dir, root, free_port(), secrets.token_hex(16))
    try:
        postgres = pwd.getpwnam("postgres")
        os.chown(root, postgres.pw_uid, postgres.pw_gid)
        os.chmod(root, 0o755)   # root (the tests) connects through the socket inside
        cluster.start()
    except BaseException:
        stop_cluster(cluster)
        raise
    return cluster


def stop_cluster(cluster: Cluster) -> None:
    try:
        cluster.stop()
    finally:
        shutil.rmtree(cluster.root, ignore_errors=True)
