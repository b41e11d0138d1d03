#!/usr/bin/env python3
"""Generates the DAP message classes (src/DebugAdapter/Protocol/Generated/**) from the official
schema /work/shared/spec/debugAdapterProtocol.json (or the path given as the first argument).

Rules: one C# class per schema type (argument classes, inline response/event bodies named
<Name>Body, nested inline objects named <Owner><Property>), property names exactly as in the
schema ([JsonPropertyName] on every property), required properties use C# `required` (so a
missing one is a deserialisation error), optional ones are nullable (omitted when null),
enumerations stay strings with a nested `<Property>Values` class of constants, string-enum
types (SteppingGranularity, ...) become static classes of constants. Run it from anywhere:
    python3 src/DebugAdapter/Protocol/generate-protocol.py
"""
import json, os, re, sys, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/spec/debugAdapterProtocol.json'
OUT = os.path.join(HERE, 'Generated')

REQUESTS = ['initialize', 'launch', 'attach', 'configurationDone', 'setBreakpoints', 'breakpointLocations',
            'setFunctionBreakpoints', 'setExceptionBreakpoints', 'exceptionInfo', 'setInstructionBreakpoints',
            'dataBreakpointInfo', 'setDataBreakpoints', 'threads', 'stackTrace', 'scopes', 'variables',
            'setVariable', 'setExpression', 'evaluate', 'completions', 'continue', 'next', 'stepIn', 'stepOut',
            'pause', 'gotoTargets', 'goto', 'restartFrame', 'disassemble', 'source', 'loadedSources',
            'terminate', 'disconnect', 'restart']
EVENTS = ['initialized', 'stopped', 'continued', 'output', 'breakpoint', 'loadedSource', 'thread', 'exited',
          'terminated', 'process']
EXTRA_TYPES = ['Capabilities', 'Message']

spec = json.load(open(SPEC))
defs = spec['definitions']

def pascal(name):
    parts = re.split(r'[^A-Za-z0-9]+', name)
    s = ''.join(p[:1].upper() + p[1:] for p in parts if p)
    if not s or s[0].isdigit():
        s = '_' + s
    return s

def summary(text, indent):
    if not text:
        return ''
    text = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    lines = [l.rstrip() for l in text.split('\n')]
    out = [f'{indent}/// <summary>']
    out += [f'{indent}/// {l}'.rstrip() for l in lines]
    out.append(f'{indent}/// </summary>')
    return '\n'.join(out) + '\n'

def body_part(definition):
    """The object part of an allOf definition (or the definition itself)."""
    if 'allOf' in definition:
        for p in definition['allOf']:
            if '$ref' not in p:
                return p
        return {}
    return definition

classes = {}       # class name -> (schema object, group, file key)
string_enums = {}  # definition name -> schema
order = []

def ref_name(ref):
    return ref.split('/')[-1]

def need_type(name, group, key):
    if name in classes or name in string_enums:
        return
    d = defs[name]
    if d.get('type') == 'string':
        string_enums[name] = (d, group, key)
        return
    classes[name] = (body_part(d), group, key)
    order.append(name)
    scan(body_part(d), name, group, key)

def scan(obj, owner, group, key):
    for pname, p in obj.get('properties', {}).items():
        scan_prop(p, owner, pname, group, key)

def scan_prop(p, owner, pname, group, key):
    if '$ref' in p:
        need_type(ref_name(p['$ref']), 'Types', ref_name(p['$ref']))
    elif p.get('type') == 'array':
        scan_prop(p['items'], owner, pname, group, key)
    elif p.get('type') == 'object' and 'properties' in p:
        nested = owner + pascal(pname)
        classes[nested] = (p, group, key)
        order.append(nested)
        scan(p, nested, group, key)

def cs_type(p, owner, pname):
    if '$ref' in p:
        n = ref_name(p['$ref'])
        return 'string' if n in string_enums or defs[n].get('type') == 'string' else n
    t = p.get('type')
    if isinstance(t, list):
        if t == ['string', 'null']:
            return 'string'
        return 'JsonElement'
    if t == 'string': return 'string'
    if t == 'integer': return 'int'
    if t == 'number': return 'double'
    if t == 'boolean': return 'bool'
    if t == 'array':
        return f'List<{cs_type(p["items"], owner, pname)}>'
    if t == 'object':
        if 'properties' in p:
            return owner + pascal(pname)
        addl = p.get('additionalProperties')
        if isinstance(addl, dict) and addl.get('type') == 'string':
            return 'Dictionary<string, string>'
        if isinstance(addl, dict) and addl.get('type') == ['string', 'null']:
            return 'Dictionary<string, string?>'
        return 'JsonElement'
    return 'JsonElement'

VALUE_TYPES = {'int', 'double', 'bool', 'JsonElement'}

def emit_class(name, obj, describe):
    lines = []
    lines.append(summary(describe or obj.get('description', ''), '').rstrip('\n'))
    lines.append(f'public partial class {name}')
    lines.append('{')
    required = set(obj.get('required', []))
    members = []
    for pname, p in obj.get('properties', {}).items():
        t = cs_type(p, name, pname)
        prop = pascal(pname)
        if prop == name:
            prop += 'Value'
        nullable_schema = isinstance(p.get('type'), list) and 'null' in p['type']
        m = []
        if p.get('description'):
            m.append(summary(p['description'], '    ').rstrip('\n'))
        m.append(f'    [JsonPropertyName("{pname}")]')
        if pname in required:
            if nullable_schema:
                m.append('    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]')
                m.append(f'    public required {t}? {prop} {{ get; set; }}')
            else:
                m.append(f'    public required {t} {prop} {{ get; set; }}')
        else:
            m.append(f'    public {t}? {prop} {{ get; set; }}')
        values = p.get('enum') or p.get('_enum')
        if values is None and p.get('type') == 'array':
            values = p['items'].get('enum') or p['items'].get('_enum')
        if values:
            kind = 'The values of' if 'enum' in p or 'enum' in p.get('items', {}) else 'Known values of'
            m.append(f'\n    /// <summary>{kind} <see cref="{prop}"/>.</summary>')
            m.append(f'    public static class {prop}Values')
            m.append('    {')
            for v in values:
                m.append(f'        public const string {pascal(v)} = "{v}";')
            m.append('    }')
        members.append('\n'.join(m))
    lines.append('\n\n'.join(members))
    lines.append('}')
    return '\n'.join(l for l in lines if l != '')

def emit_string_enum(name, d):
    lines = [summary(d.get('description', ''), '').rstrip('\n')]
    lines.append(f'public static class {name}')
    lines.append('{')
    for v in d.get('enum') or d.get('_enum') or []:
        lines.append(f'    public const string {pascal(v)} = "{v}";')
    lines.append('}')
    return '\n'.join(l for l in lines if l != '')

HEADER = '''// <auto-generated>
// Generated by src/DebugAdapter/Protocol/generate-protocol.py from the Debug Adapter Protocol
// JSON schema (microsoft/debug-adapter-protocol; descriptions (c) Microsoft, CC BY 4.0).
// Do not edit by hand: change the generator and run it again.
// </auto-generated>
#nullable enable
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PyDbg.DebugAdapter.Protocol;
'''

request_info = []   # (command, argsClass or None, bodyClass or None)
for cmd in REQUESTS:
    rn = cmd[0].upper() + cmd[1:]
    req = body_part(defs[rn + 'Request'])
    args = req.get('properties', {}).get('arguments')
    args_class = None
    if args and '$ref' in args:
        args_class = ref_name(args['$ref'])
        need_type(args_class, 'Requests', rn)
    resp = body_part(defs[rn + 'Response'])
    body = resp.get('properties', {}).get('body')
    body_class = None
    if body:
        if '$ref' in body:
            body_class = ref_name(body['$ref'])
            need_type(body_class, 'Types', body_class)
        else:
            body_class = rn + 'ResponseBody'
            classes[body_class] = (body, 'Requests', rn)
            order.append(body_class)
            scan(body, body_class, 'Requests', rn)
    request_info.append((cmd, args_class, body_class, req.get('description', '')))

event_info = []
for ev in EVENTS:
    en = ev[0].upper() + ev[1:]
    e = body_part(defs[en + 'Event'])
    body = e.get('properties', {}).get('body')
    body_class = None
    if body:
        body_class = en + 'EventBody'
        classes[body_class] = (body, 'Events', en)
        order.append(body_class)
        scan(body, body_class, 'Events', en)
    event_info.append((ev, body_class, e.get('description', '')))

for t in EXTRA_TYPES:
    need_type(t, 'Types', t)

# ErrorResponse body
err = body_part(defs['ErrorResponse'])['properties']['body']
classes['ErrorResponseBody'] = (err, 'Types', 'ErrorResponseBody')
order.append('ErrorResponseBody')

if os.path.isdir(OUT):
    shutil.rmtree(OUT)
files = {}
for name in order:
    obj, group, key = classes[name]
    files.setdefault((group, key), []).append(emit_class(name, obj, obj.get('description', '')))
for name, (d, group, key) in string_enums.items():
    files.setdefault(('Types', name), []).append(emit_string_enum(name, d))

for (group, key), parts in files.items():
    suffix = {'Requests': 'Request', 'Events': 'Event', 'Types': ''}[group]
    path = os.path.join(OUT, group, key + suffix + '.cs')
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(HEADER + '\n' + '\n\n'.join(parts) + '\n')

# Command and event names, and the serializer context.
with open(os.path.join(OUT, 'Commands.cs'), 'w') as f:
    f.write(HEADER + '\n/// <summary>The `command` of every request the adapter knows.</summary>\npublic static class Commands\n{\n')
    for cmd, _, _, _ in request_info:
        f.write(f'    public const string {pascal(cmd)} = "{cmd}";\n')
    f.write('}\n\n/// <summary>The `event` of every event the adapter sends.</summary>\npublic static class EventNames\n{\n')
    for ev, _, _ in event_info:
        f.write(f'    public const string {pascal(ev)} = "{ev}";\n')
    f.write('}\n')

serializable = ['ProtocolMessage', 'Request', 'Response', 'Event', 'PyDbgLaunchRequestArguments', 'ErrorResponseBody']
for cmd, a, b, _ in request_info:
    for c in (a, b):
        if c and c not in serializable:
            serializable.append(c)
for ev, b, _ in event_info:
    if b and b not in serializable:
        serializable.append(b)
for t in EXTRA_TYPES:
    if t not in serializable:
        serializable.append(t)
with open(os.path.join(OUT, 'DapJsonContext.cs'), 'w') as f:
    f.write(HEADER + '\n/// <summary>The source-generated serializer of every DAP message and body (no reflection).</summary>\n')
    f.write('[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,\n'
            '    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, AllowTrailingCommas = false)]\n')
    for c in serializable:
        f.write(f'[JsonSerializable(typeof({c}))]\n')
    f.write('public sealed partial class DapJsonContext : JsonSerializerContext\n{\n}\n')
print(f'{len(files)} files, {len(classes)} classes, {len(string_enums)} string enums')
