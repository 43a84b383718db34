// Types of bin/cli-bundle.js (plain JavaScript, read by bin/osce-kg.js before any TypeScript loader).
export declare const CLI_ENTRY: string;
export declare const CLI_BUNDLE: string;
export declare const CLI_BUNDLE_INPUTS: string;
export declare function isBundleFresh(bundle: string, inputsFile: string, root: string): boolean;
export declare function isCliBundleFresh(): boolean;
