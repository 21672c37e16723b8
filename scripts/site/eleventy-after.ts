// What Eleventy 3 passes to an `eleventy.after` listener, as far as our plugins read it.

/** One file Eleventy wrote in this build. */
export interface WrittenFile {
  inputPath: string;
  outputPath: string;
  url: string;
}

/** The argument of an `eleventy.after` listener. */
export interface EleventyAfter {
  directories: { output: string };
  outputMode: string;
  results: WrittenFile[];
}
