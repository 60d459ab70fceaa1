/**
 * The bodies of the EC2NodeClass's advanced sections, which start closed: one chunk, loaded the
 * first time any of them is opened, so the entry chunk carries only their titles.
 */
export { InstanceOptionsFields } from './InstanceOptionsFields';
export { KubeletFields } from './KubeletFields';
export { MetadataOptionsFields } from './MetadataOptionsFields';
export { NetworkFields } from './NetworkFields';
