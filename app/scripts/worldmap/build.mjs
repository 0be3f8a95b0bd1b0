// world-atlas names countries by ISO 3166-1 numeric code; Helsinki's analyses use alpha-2, so the
// map's ids are rewritten once here. Geometries without a code (Kosovo, N. Cyprus, Somaliland in
// Natural Earth's 110m cut) keep no id and are drawn as unknown.
import { readFileSync, writeFileSync } from "node:fs";
const [topoFile, isoFile, outFile] = process.argv.slice(2);
const topo = JSON.parse(readFileSync(topoFile, "utf8"));
const iso = JSON.parse(readFileSync(isoFile, "utf8"))["3166-1"];
const alpha2 = new Map(iso.map((c) => [c.numeric, c.alpha_2]));
let missing = [];
for (const g of topo.objects.countries.geometries) {
  const code = g.id === undefined ? undefined : alpha2.get(g.id);
  if (code === undefined) {
    missing.push(g.properties.name);
    delete g.id;
  } else {
    g.id = code;
  }
}
delete topo.objects.land;
topo.source = "world-atlas 2.0.2 countries-110m (Natural Earth, public domain; ISC, Michael Bostock); ids: ISO 3166-1 alpha-2 from Debian iso-codes";
writeFileSync(outFile, JSON.stringify(topo));
console.log(`wrote ${outFile}: ${topo.objects.countries.geometries.length} countries, without a code: ${missing.join(", ")}`);
