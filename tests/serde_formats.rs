//! `Series` through serde formats other than the crate's own JSON: inside a
//! user's struct, through TOML-like self-describing formats (serde_json's
//! `Value`) and through the binary, non-self-describing postcard and
//! bincode. Validation runs on the way in, whatever the format.

#![cfg(feature = "datasets")]

use kdrama::{Series, datasets};
use serde::{Deserialize, Serialize};

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Saved {
    label: String,
    series: Series,
    rating: u8,
}

fn saved() -> Saved {
    Saved {
        label: "watchlist".to_owned(),
        series: datasets::the_glory().clone(),
        rating: 5,
    }
}

#[test]
fn a_series_in_a_struct_round_trips_through_postcard() {
    for series in datasets::all() {
        let bytes = postcard::to_allocvec(series).unwrap();
        let back: Series = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(&back, series);
    }
    let bytes = postcard::to_allocvec(&saved()).unwrap();
    assert_eq!(postcard::from_bytes::<Saved>(&bytes).unwrap(), saved());
}

#[test]
fn a_series_in_a_struct_round_trips_through_bincode() {
    let config = bincode::config::standard();
    for series in datasets::all() {
        let bytes = bincode::serde::encode_to_vec(series, config).unwrap();
        let (back, read): (Series, usize) =
            bincode::serde::decode_from_slice(&bytes, config).unwrap();
        assert_eq!(&back, series);
        assert_eq!(read, bytes.len());
    }
    let bytes = bincode::serde::encode_to_vec(saved(), config).unwrap();
    let (back, _): (Saved, usize) = bincode::serde::decode_from_slice(&bytes, config).unwrap();
    assert_eq!(back, saved());
}

#[test]
fn self_describing_formats_keep_the_canonical_form() {
    // Through serde_json's Value (as TOML or YAML would see it): empty
    // fields are left out, and the value reads back to an equal series.
    let value = serde_json::to_value(saved()).unwrap();
    assert!(value["series"].get("genres").is_some());
    assert!(
        value["series"].get("home_zone").is_none(),
        "the default zone is left out"
    );
    assert!(
        value["series"]["parts"][0]["episodes"][0]
            .get("title")
            .is_none()
    );
    let back: Saved = serde_json::from_value(value).unwrap();
    assert_eq!(back, saved());
}

#[test]
fn validation_runs_on_the_way_in_from_binary_formats() {
    let bytes = postcard::to_allocvec(datasets::the_glory()).unwrap();
    // postcard writes a string as its length then its bytes: turn the
    // country "KR" into "kr", which is not an ISO 3166-1 code.
    let at = bytes
        .windows(3)
        .position(|w| w == b"\x02KR")
        .expect("the country is in the bytes");
    let mut bad = bytes.clone();
    bad[at + 1..at + 3].copy_from_slice(b"kr");
    let err = postcard::from_bytes::<Series>(&bad).unwrap_err();
    assert!(matches!(err, postcard::Error::SerdeDeCustom), "{err:?}");
    let config = bincode::config::standard();
    let bytes = bincode::serde::encode_to_vec(datasets::the_glory(), config).unwrap();
    let at = bytes.windows(3).position(|w| w == b"\x02KR").unwrap();
    let mut bad = bytes.clone();
    bad[at + 1..at + 3].copy_from_slice(b"kr");
    let err = bincode::serde::decode_from_slice::<Series, _>(&bad, config).unwrap_err();
    assert!(
        format!("{err:?}").contains("expected an assigned ISO 3166-1 alpha-2 code"),
        "{err:?}"
    );
}

#[test]
fn a_catalog_round_trips_through_postcard_and_bincode() {
    let catalog = datasets::catalog();
    let bytes = postcard::to_allocvec(catalog).unwrap();
    assert_eq!(
        &postcard::from_bytes::<kdrama::Catalog>(&bytes).unwrap(),
        catalog
    );
    let config = bincode::config::standard();
    let bytes = bincode::serde::encode_to_vec(catalog, config).unwrap();
    let (back, _): (kdrama::Catalog, usize) =
        bincode::serde::decode_from_slice(&bytes, config).unwrap();
    assert_eq!(&back, catalog);
    // Two copies of one series are refused on the way in, as Catalog::new does.
    let twice = vec![datasets::the_glory().clone(), datasets::the_glory().clone()];
    let bytes = postcard::to_allocvec(&twice).unwrap();
    assert!(postcard::from_bytes::<kdrama::Catalog>(&bytes).is_err());
}
