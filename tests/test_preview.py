"""`python3 tasks.py serve` (tools/preview.py): what a contributor sees
before the first build."""

import socket

from preview import port_taken


def test_taken_port_is_named_with_a_free_one_to_use():
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]

        problem = port_taken("127.0.0.1", port)

    assert problem.startswith(f"Cannot serve on 127.0.0.1:{port}: ")
    assert f"`python3 tasks.py serve -a 127.0.0.1:{port + 1}`" in problem


def test_free_port_is_no_problem():
    with socket.socket() as finder:
        finder.bind(("127.0.0.1", 0))
        port = finder.getsockname()[1]
    assert port_taken("127.0.0.1", port) is None
