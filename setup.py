"""Packaging for stencila_hub (hand-written; the generator's setup.py is ignored).

Distribution name `stencila-hub-jobs`: `stencila-hub` on PyPI is the Hub's own older client
(import name `stencila.hub`), so both can be installed side by side.
"""

import re
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent
VERSION = re.search(r"__version__ = \"([^\"]+)\"", (HERE / "stencila_hub" / "__init__.py").read_text()).group(1)

setup(
    name="stencila-hub-jobs",
    version=VERSION,
    description="One typed Python SDK for the job endpoints of Stencila Hub, Agave (Tapis v2), "
    "OpenStack Sahara, Kubernetes batch/v1 and Gaffer",
    long_description=(HERE / "README.md").read_text(encoding="utf-8"),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    python_requires=">=3.11",
    packages=find_packages(include=["stencila_hub", "stencila_hub.*"]),
    package_data={"stencila_hub": ["py.typed"], "stencila_hub.testing": ["*.yaml"]},
    # Each floor is the lowest version `make test-floors` installs (tools/floors.py reads them from
    # here) and the suite passes with; the reason is beside it.
    install_requires=[
        # 2.6.0: HTTPResponse.read(amt) returns at most amt decoded bytes without inflating a
        # whole compressed body first (CVE-2025-66471).
        "urllib3>=2.6.0,<3",
        # The generator's Python target lists it; the project brief names it as a runtime
        # dependency. No module of ours imports it today.
        "python-dateutil>=2.8.2",
        # Only certifi.where() is used; this release removed the e-Tugra root (CVE-2023-37920).
        "certifi>=2023.7.22",
        # validate_by_name (2.11); 2.10 refuses a field given by its Python name.
        "pydantic>=2.11.0,<3",
        # The models' Annotated; the floor is pydantic 2.11.0's own (no lower one installs).
        "typing-extensions>=4.12.2",
    ],
    extras_require={
        # The in-process fake servers and the pytest fixture (stencila_hub.testing). `make
        # test-floors` runs the suite, which uses them throughout, at these floors too.
        "testing": ["openapi-core>=0.19.0,<0.24", "PyYAML>=6.0"],
        "progress": ["tqdm>=4"],
        # load_kube_config() of a YAML kubeconfig (JSON ones need nothing more).
        "kubeconfig": ["PyYAML>=6"],
        # stencila_hub.aio, the asyncio client. 3.13.3 is the first release that inflates
        # gzip/deflate bodies in bounded steps (the body limits depend on it).
        "async": ["aiohttp>=3.13.3,<4"],
    },
    # The `hub_fake` pytest fixture, available in every test once the package is installed. The
    # plugin module imports only pytest until a test asks for the fixture.
    entry_points={"pytest11": ["stencila_hub = stencila_hub.testing.pytest_plugin"]},
    classifiers=[
        "Programming Language :: Python :: 3",
        "Typing :: Typed",
        "License :: OSI Approved :: Apache Software License",
    ],
)
