#!/usr/bin/env python3
"""Adds or updates entries of .resx files: resx.py FILE.resx key=value [key=value ...] or resx.py FILE.resx --tsv F.

The English text is the key (see AdminText); a .resx per culture holds the translations."""
import sys
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""


def main(path, pairs):
    try:
        tree = ET.parse(path)
    except FileNotFoundError:
        tree = ET.ElementTree(ET.fromstring(HEADER))
    root = tree.getroot()
    existing = {d.get("name"): d for d in root.findall("data")}
    for key, value in pairs:
        data = existing.get(key)
        if data is None:
            data = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
            ET.SubElement(data, "value")
            existing[key] = data
        data.find("value").text = value
    for data in sorted(root.findall("data"), key=lambda d: d.get("name")):
        root.remove(data)
        root.append(data)
    ET.indent(tree, "  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")


if __name__ == "__main__":
    file, args = sys.argv[1], sys.argv[2:]
    if args[:1] == ["--tsv"]:
        with open(args[1], encoding="utf-8") as f:
            pairs = [tuple(line.rstrip("\n").split("\t", 1)) for line in f if "\t" in line]
    else:
        pairs = [tuple(a.split("=", 1)) for a in args]
    main(file, pairs)
