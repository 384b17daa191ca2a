/**
 * The address of a file of the app in app.asar.unpacked, where electron-builder puts the files
 * `asarUnpack` names (electron-builder.yml). Outside a package (no app.asar) it is unchanged.
 */
export function unpackedUrl(fileUrl: string): string {
  return fileUrl.replace(/\/app\.asar\//, '/app.asar.unpacked/');
}
