"""Sign in, sign out, sponsor registration, one's account settings and password change."""

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user

from ..forms import safe_next, submit
from ..workspace.views import landing
from .access import SESSION_KEY, login_required, public, request_secret
from .forms import EmailForm, LoginForm, PasswordForm, RegisterForm
from .operations import (
    authenticate,
    change_password,
    close_session,
    open_session,
    register_sponsor,
    set_email,
)
from .throttle import login_throttled, registration_throttled

bp = Blueprint("auth", __name__)

BAD_CREDENTIALS = "用户名或密码错误"


def start_session(user) -> None:
    """A fresh session for a fresh sign-in: nothing from before survives (no fixation)."""
    session.clear()
    session.permanent = True
    session[SESSION_KEY] = open_session(user, "web")
    login_user(user)


@bp.route("/login", methods=["GET", "POST"])
@public
@login_throttled
def login():
    """Sign in with username and password."""
    form = LoginForm()
    if form.validate_on_submit():
        user = authenticate(form.username.data, form.password.data)
        if user is not None:
            start_session(user)
            flash(f"欢迎，{user.label}", "success")
            return redirect(safe_next(request.args.get("next"), landing(user)))
        g.login_failed = True
        flash(BAD_CREDENTIALS, "danger")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    """Sign out: the server forgets this session, so its cookie is worthless from now on."""
    close_session(request_secret())
    logout_user()
    session.clear()
    flash("您已安全退出", "info")
    return redirect(url_for("catalog.home"))


@bp.route("/register", methods=["GET", "POST"])
@public
@registration_throttled
def register():
    """Sponsors (enterprises, social organisations, merchants, individuals) sign up themselves."""
    form = RegisterForm()
    done, user = submit(form, lambda: register_sponsor(
        form.username.data, form.password.data, form.kind.data, form.name.data,
        district=form.district.data, contact_phone=form.contact_phone.data, email=form.email.data or "",
    ))
    if done:
        start_session(user)
        flash("注册成功，请完善您的爱心档案", "success")
        return redirect(url_for("sponsors.profile"))
    return render_template("auth/register.html", form=form)


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    """账号设置: who one is, and the email address notifications are copied to."""
    form = EmailForm(email=current_user.email)
    done, _ = submit(form, lambda: set_email(current_user, form.email.data or ""))
    if done:
        flash(f"已保存：通知会同时发送到 {current_user.email}" if current_user.email
              else "已保存：不再发送邮件通知", "success")
        return redirect(url_for("auth.account"))
    return render_template("auth/account.html", form=form)


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def password():
    """Change one's own password; other sessions and tokens of the account end."""
    form = PasswordForm()
    done, _ = submit(form, lambda: change_password(
        current_user, form.old_password.data, form.new_password.data, keep_secret=request_secret()
    ))
    if done:
        flash("密码已修改，其他设备上的登录已失效", "success")
        return redirect(url_for("catalog.home"))
    return render_template("auth/password.html", form=form)
