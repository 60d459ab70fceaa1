/**
 * One entry point for every older Karpenter API: the import gate asks `isConvertible`, and the
 * preview shows what `convertToV1` returns before the user accepts it.
 */
import { convertAWSNodeTemplate } from './awsNodeTemplate';
import type { Conversion, ConversionContext } from './conversion';
import { convertEC2NodeClass } from './ec2NodeClass';
import { clone, type Json } from './json';
import { convertNodePool } from './nodePool';
import { apiLabel, olderApiOf } from './olderApis';
import { convertProvisioner } from './provisioner';

const CONVERTERS = {
  nodePool: convertNodePool,
  ec2NodeClass: convertEC2NodeClass,
  provisioner: convertProvisioner,
  awsNodeTemplate: convertAWSNodeTemplate,
} satisfies Record<string, (manifest: Json, others: Json[]) => Conversion>;

/**
 * The v1 form of an older NodePool, EC2NodeClass, Provisioner or AWSNodeTemplate. `context.others`
 * are the other manifests of the same import: a pool's kubelet moves to the EC2NodeClass it
 * points at only when that class is among them. Never throws; a manifest that is not convertible
 * comes back unchanged with a warning.
 */
export function convertToV1(
  manifest: Record<string, unknown>,
  context: ConversionContext = { others: [] },
): Conversion {
  const api = olderApiOf(manifest);
  if (api === undefined) {
    return {
      from: apiLabel(manifest),
      converted: [clone(manifest)],
      changes: [],
      warnings: [`${apiLabel(manifest)} is not an older Karpenter API; nothing was converted.`],
    };
  }
  const others = context.others.filter((other) => other !== manifest);
  const conversion = CONVERTERS[api](manifest, others);
  // Nothing the caller gets back shares an object with what it passed in.
  return { ...conversion, converted: conversion.converted.map((m) => clone(m)) };
}
