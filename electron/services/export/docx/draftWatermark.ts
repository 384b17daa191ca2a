import { ImportedXmlComponent, Paragraph, type ParagraphChild } from 'docx';

/**
 * Word's own kind of watermark: a light-grey "DRAFT" text shape, rotated, behind the text,
 * anchored in the page header so it repeats on every page. The docx package has no API for
 * it, so the run is written as WordprocessingML (VML text path, as Word itself writes it).
 */
const WATERMARK_RUN =
  '<w:r><w:pict>' +
  '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">' +
  '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>' +
  '<v:shape id="BrieflinkDraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" ' +
  'style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:150pt;rotation:315;z-index:-251657216;' +
  'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" ' +
  'o:allowincell="f" fillcolor="#d9d9d9" stroked="f">' +
  '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="DRAFT"/>' +
  '</v:shape></w:pict></w:r>';

/** A header paragraph holding the DRAFT watermark. */
export function draftWatermarkParagraph(): Paragraph {
  // The imported run is an XmlComponent like any run; the package's types just do not list it.
  const run = ImportedXmlComponent.fromXmlString(WATERMARK_RUN) as unknown as ParagraphChild;
  return new Paragraph({ children: [run] });
}
