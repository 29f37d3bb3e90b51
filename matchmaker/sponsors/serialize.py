"""The profile and offers as the API shows them: money in yuan, dates as ISO strings."""

from ..projects.quantities import shown
from .models import SPONSOR_KIND_LABELS, Offer, SponsorProfile


def offer_json(offer: Offer) -> dict:
    return {
        "id": offer.id,
        "kind": offer.kind.value,
        "description": offer.description,
        "quantity": shown(offer.kind, offer.quantity),
        "unit": offer.unit,
        "available_until": offer.available_until.isoformat() if offer.available_until else None,
    }


def profile_json(profile: SponsorProfile) -> dict:
    return {
        "id": profile.id,
        "kind": profile.kind.value,
        "kind_label": SPONSOR_KIND_LABELS[profile.kind],
        "name": profile.name,
        "district": profile.district,
        "industry": profile.industry,
        "interests": profile.interests,
        "contact_name": profile.contact_name,
        "contact_phone": profile.contact_phone,
        "updated_at": profile.updated_at.isoformat() if profile.updated_at else None,
        "offers": [offer_json(offer) for offer in profile.offers],
    }
