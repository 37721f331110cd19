"""The Verify screen: scan a packing slip, then each product, before the parcel is sealed."""
