"""Chat templates cannot hang or exhaust the engine: each attack ends fast with a
`TemplateLimitError` that names the limit, in CPython and in Pyodide (no signals there), while
real templates render as before (tests/test_conversation_*.py)."""

import time

import jinja2
import markupsafe
import pytest

from pyodide_harness import pure_python_install_code
from webllm_py.conversation import JinjaChatTemplate, TemplateLimitError, TemplateLimits

CHAT = [{"role": "user", "content": "hi"}]

# name: (template, the limit it must hit).  Each would hang, or allocate gigabytes, unbounded.
ATTACKS = {
    "power": ("{{ 10 ** (10 ** 10) }}", "value size"),
    "nested range loops": ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
                           "steps"),
    "loops over a variable": ("{% set r = range(100000) %}{% for i in r %}{% for j in r %}{% endfor %}"
                              "{% endfor %}", "steps"),
    "string repetition": ("{{ 'x' * 10**10 }}", "value size"),
    "list repetition": ("{{ [0] * 10**10 }}", "value size"),
    "nested repetition": ("{% set a = [[[[[0] * 100] * 100] * 100] * 100] * 100 %}{{ a }}", "value size"),
    "center filter": ("{{ 'x'|center(10**10) }}", "value size"),
    "center of constants": ("{{ 'x'|center(10000000000) }}", "value size"),  # jinja2 folds these at compile
    "center method": ("{{ 'x'.center(10**10) }}", "value size"),
    "ljust": ("{{ 'x'.ljust(10**10) }}", "value size"),
    "zfill": ("{{ 'x'.zfill(10**10) }}", "value size"),
    "expandtabs": ("{{ ('\t' * 1000).expandtabs(10**8) }}", "value size"),
    "lipsum": ("{{ lipsum(10**6) }}", "value size"),
    "indent": ("{{ ('\n' * 100000)|indent(10**5) }}", "value size"),
    "wordwrap": ("{{ ('x ' * 100000)|wordwrap(1, wrapstring='y' * 100000) }}", "value size"),
    "format filter width": ("{{ '%999999999d'|format(1) }}", "value size"),
    "% precision": ("{{ '%.999999999f' % 1.0 }}", "value size"),
    "% star width": ("{{ '%*d' % (999999999, 1) }}", "value size"),
    "str.format width": ("{{ '{:>999999999}'.format(1) }}", "value size"),
    "str.format nested width": ("{{ '{:>{w}}'.format(1, w=999999999) }}", "value size"),
    "join filter": ("{{ range(100000)|join('x' * 100000) }}", "value size"),
    "join method": ("{{ ('x' * 1000000).join(range(10000)|map('string')) }}", "value size"),
    "a value in many format fields": ("{{ ('{0}' * 1000000).format('x' * 1000000) }}", "value size"),
    "a value in many % fields": ("{{ ('%(a)s' * 1000000) % {'a': 'x' * 1000000} }}", "value size"),
    "translate": ("{{ ('x' * 1000000).translate({120: 'y' * 1000000}) }}", "value size"),
    "int.to_bytes": ("{{ (1).to_bytes(10**10, 'big') }}", "value size"),
    "bytes center": ("{{ 'x'.encode().center(10**10) }}", "value size"),
    "urlize attributes": ("{{ ('http://a.b ' * 100000)|urlize(target='y' * 100000) }}", "value size"),
    "strftime_now": ("{{ strftime_now('%c' * 2000000) }}", "value size"),
    "replace filter": ("{{ ('x' * 100000)|replace('x', 'y' * 100000) }}", "value size"),
    "replace empty": ("{{ ('x' * 100000).replace('', 'y' * 100000) }}", "value size"),
    "batch fill": ("{{ [1]|batch(10**10, 0)|list }}", "value size"),
    "slice count": ("{{ [1]|slice(10**10)|list }}", "value size"),
    "sum of lists": ("{% set r = [range(1000)|list] * 1000 %}{{ r|sum(start=[])|length }}", "value size"),
    "tojson indent": ("{{ [[[[1]]]]|tojson(indent=10**8) }}", "value size"),
    "doubling with ~": ("{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(100) %}"
                        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}", "value size"),
    "doubling with +": ("{% set ns = namespace(s='xxxxxxxx') %}{% for i in range(100) %}"
                        "{% set ns.s = ns.s + ns.s %}{% endfor %}", "value size"),
    "doubling a shared list": ("{% set ns = namespace(a=[0], b=[0]) %}{% for i in range(60) %}"
                               "{% set ns.a = [ns.a, ns.a] %}{% set ns.b = [ns.b, ns.b] %}{% endfor %}"
                               "{{ ns.a == ns.b }}", "value size"),
    "squaring an integer": ("{% set ns = namespace(x=3) %}{% for i in range(100) %}{% set ns.x = ns.x * ns.x %}"
                            "{% endfor %}", "value size"),
    "dict.fromkeys": ("{{ dict.fromkeys(range(100000), 'x' * 100000) }}", "value size"),
    "output in a loop": ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "output size"),
    "text in a set block": ("{% set big %}{% for i in range(100000) %}" + "x" * 1000 + "{% endfor %}{% endset %}"
                            "{{ big|length }}", "output size"),
    "macro recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "nesting"),
    "deeply nested list": ("{% set ns = namespace(l=[]) %}{% for i in range(100000) %}{% set ns.l = [ns.l] %}"
                           "{% endfor %}{{ ns.l }}", "nesting"),
}


def _accepted(limit: str) -> set[str]:
    """A million steps take a few seconds: on a loaded machine the clock may run out first."""
    return {limit, "time"} if limit == "steps" else {limit}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attack_ends_fast_with_the_named_limit(name):
    text, limit = ATTACKS[name]
    started = time.perf_counter()
    with pytest.raises(TemplateLimitError) as caught:
        JinjaChatTemplate(text, name).render(CHAT)
    assert caught.value.limit in _accepted(limit)
    assert f"exceeded its {caught.value.limit} limit" in str(caught.value) and name in str(caught.value)
    assert time.perf_counter() - started < 5


def test_time_limit_stops_work_that_takes_few_steps_each():
    # 2**25 macro calls: each takes a few steps, but the clock runs out first
    fan_out = "{% macro f(n) %}{% if n < 25 %}{{ f(n + 1) }}{{ f(n + 1) }}{% endif %}{% endmacro %}{{ f(0) }}"
    started = time.perf_counter()
    with pytest.raises(TemplateLimitError, match="ran longer than 0.3 s") as caught:
        JinjaChatTemplate(fan_out, limits=TemplateLimits(seconds=0.3)).render(CHAT)
    assert caught.value.limit == "time"
    assert time.perf_counter() - started < 2


def test_limits_are_per_template_and_per_render():
    loop = "{% for i in range(1000) %}{{ i }}{% endfor %}"
    small = JinjaChatTemplate(loop, limits=TemplateLimits(steps=500))
    with pytest.raises(TemplateLimitError, match="more than 500 steps"):
        small.render(CHAT)
    with pytest.raises(TemplateLimitError, match="more than 100 characters"):
        JinjaChatTemplate(loop, limits=TemplateLimits(output=100)).render(CHAT)
    assert len(JinjaChatTemplate(loop).render(CHAT)) == len("".join(map(str, range(1000))))
    big = JinjaChatTemplate("{{ 'x' * 1000 }}", limits=TemplateLimits(value=999))
    with pytest.raises(TemplateLimitError, match="str \\* 1000 would have size 2000"):
        big.render(CHAT)
    for _ in range(3):  # a budget is spent per render, not per template
        assert len(JinjaChatTemplate("{{ 'x' * 1000 }}").render(CHAT)) == 1000


def test_values_within_limits_render_as_jinja_does():
    text = ("{{ 'ab' * 3 }}|{{ [1, 2] * 2 }}|{{ 2 ** 10 }}|{{ 'x'|center(5) }}|{{ '%05.1f' % 3.14159 }}|"
            "{{ '{:>4}'.format(7) }}|{{ 'a-b'.replace('-', '+') }}|{{ [1, 2]|join(', ') }}|"
            "{{ [1, 2, 3]|batch(2, 0)|list }}|{{ [[1], [2]]|sum(start=[]) }}|{{ 'a' ~ 1 ~ [2] }}|"
            "{% set ns = namespace(s='') %}{% for m in ['x', 'y'] %}{% set ns.s = ns.s + m %}{% endfor %}"
            "{{ ns.s }}|{{ {'a': [1]}|tojson(indent=2) }}")
    expected = jinja2.Environment().from_string(text).render()
    assert JinjaChatTemplate(text).render(CHAT) == expected


# Runs in Pyodide after ATTACKS is defined; sets `result`: the limit hit (or what else
# happened) and the seconds taken, per attack.
ATTACK_CODE = """
import time
from webllm_py.conversation import JinjaChatTemplate, TemplateLimitError
result = {}
for name, (text, _) in ATTACKS.items():
    started = time.perf_counter()
    try:
        JinjaChatTemplate(text, name).render([{"role": "user", "content": "hi"}])
        outcome = "rendered"
    except TemplateLimitError as exc:
        outcome = exc.limit
    except Exception as exc:
        outcome = f"{type(exc).__name__}: {exc}"
    result[name] = (outcome, time.perf_counter() - started)
"""


def test_attacks_end_with_the_named_limit_in_pyodide(pyodide_node):
    install = pure_python_install_code(jinja2, markupsafe)
    result = pyodide_node.run(install + f"ATTACKS = {ATTACKS!r}\n" + ATTACK_CODE)
    for name, (_, limit) in ATTACKS.items():
        outcome, seconds = result[name]
        assert outcome in _accepted(limit), f"{name}: {outcome}"
        assert seconds < 15, f"{name}: {seconds:.1f} s"
