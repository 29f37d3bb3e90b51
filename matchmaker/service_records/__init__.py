"""A volunteer's service record: who served at which activity for how many hours (活动记录),
the star levels those hours reach (评星定级), and the certificate of them (志愿服务记录证明)."""
