export function findBinary(paths: Array<string | undefined>, names: string[]): string | null;
