import { minimalPdf } from "@/lib/files/minimal-pdf";

/** Minimal real files of each kind the portal accepts, and some it refuses, for the sniffing tests. */

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...part].map((character) => character.charCodeAt(0)) : part)));
const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)];

/** A ZIP archive of empty, stored entries with these names (local headers, central directory, end record). */
export function zipWith(names: string[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const name of names) {
    const encoded = [...new TextEncoder().encode(name)];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u16(encoded.length), ...u16(0), ...encoded);
    central.push(
      ...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(0), ...u32(0),
      ...u16(encoded.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...encoded,
    );
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(names.length), ...u16(names.length), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...end]);
}

/** A compound file (legacy Office) whose directory names this stream, in UTF-16 as the format stores it. */
export function compoundFileWith(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)];
  const name = [...streamName].flatMap((character) => [character.charCodeAt(0), 0]);
  return new Uint8Array([...header, ...u16(0x52), 0, 0, ...name, ...new Array(64).fill(0)]);
}

export const samples = {
  pdf: minimalPdf("Bilag til dagsordenen"),
  docx: zipWith(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]),
  xlsx: zipWith(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
  pptx: zipWith(["[Content_Types].xml", "ppt/presentation.xml"]),
  doc: compoundFileWith("WordDocument"),
  xls: compoundFileWith("Workbook"),
  ppt: compoundFileWith("PowerPoint Document"),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF", [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  gif: bytes("GIF89a", [1, 0, 1, 0, 0, 0, 0], ";"),
  webp: bytes("RIFF", u32(26), "WEBPVP8L", u32(13), [0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]),
  html: bytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
  svg: bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'),
  script: bytes("#!/bin/sh\nrm -rf /\n"),
  exe: bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0]),
  plainZip: zipWith(["notes.txt"]),
  unknownCompoundFile: compoundFileWith("SomethingElse"),
};
