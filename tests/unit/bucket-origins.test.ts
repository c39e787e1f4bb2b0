import { describe, expect, it } from "vitest";
import { bucketOrigins } from "@/lib/storage/storage-url";

describe("bucketOrigins: what a page's CSP must allow for redirected downloads", () => {
  it("is nothing when files live in the data directory or downloads stream through the server", () => {
    expect(bucketOrigins({})).toEqual([]);
    expect(bucketOrigins({ LL3M_STORAGE_URL: "s3://assets", LL3M_STORAGE_PROXY: "1" })).toEqual([]);
    expect(bucketOrigins({ LL3M_STORAGE_URL: "s3://assets", LL3M_STORAGE_PROXY: "on" })).toEqual([]);
  });
  it("is the endpoint's origin for MinIO, R2 and the like", () => {
    expect(bucketOrigins({ LL3M_STORAGE_URL: "s3://assets/studio", AWS_ENDPOINT_URL_S3: "http://minio:9000/" })).toEqual(["http://minio:9000"]);
  });
  it("is the bucket's virtual-hosted AWS origin otherwise", () => {
    expect(bucketOrigins({ LL3M_STORAGE_URL: "s3://assets", AWS_REGION: "eu-west-1" })).toContain("https://assets.s3.eu-west-1.amazonaws.com");
  });
});
